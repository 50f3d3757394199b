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

/**
 * Table, column, index, unique and FK names of exactly PostgreSQL's 63 bytes (one ending in a
 * two-byte character), which it keeps whole, and the names PostgreSQL makes from them past the
 * limit ({@code <table>_pkey}, {@code <table>_id_seq}, {@code <table>_<column>_key}), which it
 * shortens, as autogen predicts. Longer names are an error (BadInputMappingTest).
 */
@Entity
@Table(name = "a_table_name_of_exactly_sixty_three_bytes_that_postgresql_keeps",
        indexes = @Index(
                name = "ix_an_index_name_of_exactly_sixty_three_bytes_kept_wholexxxxxxx",
                columnList = "a_column_name_of_sixty_three_bytes_that_postgresql_keepsxxxxxxx"),
        uniqueConstraints = @UniqueConstraint(
                name = "uk_a_unique_name_of_exactly_sixty_three_bytes_kept_wholexxxxxxx",
                columnNames = {"short_name", "\"column_of_sixty_three_bytes_ending_in_a_two_byte_char_xxxxxxxé\""}))
public class LongNamed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    Long id;

    @Column(name = "a_column_name_of_sixty_three_bytes_that_postgresql_keepsxxxxxxx", length = 40)
    String longColumn;

    @Column(name = "\"column_of_sixty_three_bytes_ending_in_a_two_byte_char_xxxxxxxé\"", length = 40)
    String anotherLongColumn;

    @Column(name = "short_name", length = 40)
    String shortName;

    @Column(name = "unique_column_whose_generated_constraint_name_is_past_the_limit", unique = true)
    Integer uniqueColumn;

    @ManyToOne
    @JoinColumn(name = "owner_id",
            foreignKey = @ForeignKey(name = "fk_a_foreign_key_name_of_exactly_sixty_three_bytes_kept_wholexx"))
    Owner owner;
}
