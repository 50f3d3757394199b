package dev.autogen.scenarios.s25_bean_validation.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Entity
@Table(name = "signup")
public class Signup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @NotNull
    @Size(max = 120)
    @Column(name = "email")
    String email;

    @Column(name = "nickname")
    String nickname;

    @Size(max = 1000)
    @Column(name = "bio")
    String bio;

    @NotNull
    @Column(name = "age")
    Integer age;
}
