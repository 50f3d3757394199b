package dev.autogen.scenarios.s07_drop_column.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(name = "profile",
        indexes = @Index(name = "ix_profile_nickname", columnList = "nickname"))
public class Profile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "display_name", length = 80)
    String displayName;

    @Column(name = "bio", length = 1000)
    String bio;

    @Column(name = "legacy_code", unique = true)
    Integer legacyCode;

    @Column(name = "nickname", length = 40)
    String nickname;
}
