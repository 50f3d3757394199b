package dev.autogen.scenarios.s49_comments_changed.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Comment;

@Entity
@Table(name = "customer")
@Comment("People who buy from us")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Comment("Full name")
    @Column(name = "name", length = 100, nullable = false)
    String name;

    @Column(name = "email", length = 200, comment = "Where receipts go")
    String email;
}
