package it.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Customer {
    @Id
    Long id;
    String name;
    /** Added after the migration was written: autogen:check must fail the build. */
    String email;
}
