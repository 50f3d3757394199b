package dev.autogen.scenarios.s14_unique_single_column.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "member")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "email", length = 200, unique = true)
    String email;

    @Column(name = "username", length = 50)
    String username;

    @Column(name = "phone", length = 30)
    String phone;
}
