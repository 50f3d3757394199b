package dev.autogen.invariants.othertools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** {@code IDENTITY} over a {@code serial} id: Hibernate inserts without the id and reads the generated one back. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    @Column(name = "name", length = 40)
    String name;

    @Column(name = "balance")
    Integer balance;
}
