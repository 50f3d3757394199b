package dev.autogen.scenarios.s79_unique_and_check_renamed.v2;

import jakarta.persistence.CheckConstraint;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.Check;

@Entity
@Table(name = "member",
        uniqueConstraints = {
                @UniqueConstraint(name = "uq_member_team_email", columnNames = {"team", "email"}),
                @UniqueConstraint(columnNames = {"team", "handle"})
        },
        check = @CheckConstraint(name = "ck_member_handle_lower", constraint = "handle = lower(handle)"))
@Check(name = "ck_member_age_not_negative", constraints = "age >= 0")
@Check(constraints = "age < 200")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "team", length = 40, nullable = false)
    String team;

    @Column(name = "email", length = 200, nullable = false)
    String email;

    @Column(name = "handle", length = 40)
    String handle;

    @Column(name = "age")
    Integer age;
}
