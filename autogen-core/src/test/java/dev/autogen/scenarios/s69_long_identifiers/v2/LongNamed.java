package dev.autogen.scenarios.s69_long_identifiers.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/** Table, column, index, unique and FK names longer than PostgreSQL's 63 bytes: it truncates them. */
@Entity
@Table(name = "a_table_name_that_is_much_longer_than_sixty_three_bytes_allowed_by_postgresql",
        indexes = @Index(
                name = "ix_an_index_name_that_is_much_longer_than_sixty_three_bytes_allowed_by_postgresql",
                columnList = "a_column_name_that_is_much_longer_than_sixty_three_bytes_allowed_by_postgresql"),
        uniqueConstraints = @UniqueConstraint(
                name = "uk_a_unique_name_that_is_much_longer_than_sixty_three_bytes_allowed_by_postgresql",
                columnNames = {"short_name", "another_column_name_that_is_much_longer_than_sixty_three_bytes_too"}))
public class LongNamed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "a_column_name_that_is_much_longer_than_sixty_three_bytes_allowed_by_postgresql", length = 40)
    String longColumn;

    @Column(name = "another_column_name_that_is_much_longer_than_sixty_three_bytes_too", length = 40)
    String anotherLongColumn;

    @Column(name = "short_name", length = 40)
    String shortName;

    @Column(name = "unique_column_whose_generated_constraint_name_goes_past_the_limit", unique = true)
    Integer uniqueColumn;

    @ManyToOne
    @JoinColumn(name = "owner_id",
            foreignKey = @ForeignKey(name = "fk_a_foreign_key_name_that_is_much_longer_than_sixty_three_bytes_allowed"))
    Owner owner;
}
