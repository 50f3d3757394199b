package dev.autogen.scenarios.s48_comments_added.v2;

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

    @Comment("Full name, as printed on invoices")
    @Column(name = "name", length = 100, nullable = false)
    String name;

    @Column(name = "email", length = 200, comment = "Where receipts go")
    String email;
}
