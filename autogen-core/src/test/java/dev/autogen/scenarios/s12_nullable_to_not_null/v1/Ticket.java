package dev.autogen.scenarios.s12_nullable_to_not_null.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "title", length = 200)
    String title;

    @Column(name = "assignee", length = 80, nullable = false)
    String assignee;

    @Column(name = "priority")
    Integer priority;
}
