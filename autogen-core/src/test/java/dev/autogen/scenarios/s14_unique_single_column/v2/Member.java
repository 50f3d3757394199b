package dev.autogen.scenarios.s14_unique_single_column.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

@Entity
@Table(name = "member",
        uniqueConstraints = @UniqueConstraint(name = "uk_member_phone", columnNames = "phone"))
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "email", length = 200)
    String email;

    @Column(name = "username", length = 50, unique = true)
    String username;

    @Column(name = "phone", length = 30)
    String phone;
}
