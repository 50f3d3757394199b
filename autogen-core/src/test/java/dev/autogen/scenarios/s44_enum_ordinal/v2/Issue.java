package dev.autogen.scenarios.s44_enum_ordinal.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;

@Entity
@Table(name = "issue")
public class Issue {

    public enum Kind { BUG, FEATURE, CHORE }

    public enum Priority { LOW, MEDIUM, HIGH, URGENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Enumerated(EnumType.ORDINAL)
    @Column(name = "kind")
    Kind kind;

    @Enumerated(EnumType.ORDINAL)
    @Column(name = "priority", nullable = false)
    @ColumnDefault("1")
    Priority priority;
}
