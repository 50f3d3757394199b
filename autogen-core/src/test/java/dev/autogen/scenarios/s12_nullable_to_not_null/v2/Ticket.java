package dev.autogen.scenarios.s12_nullable_to_not_null.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(name = "ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "title", length = 200, nullable = false)
    @ColumnDefault("'untitled'")
    String title;

    @Column(name = "assignee", length = 80)
    String assignee;

    @Column(name = "priority", nullable = false)
    @ColumnDefault("3")
    Integer priority;
}
