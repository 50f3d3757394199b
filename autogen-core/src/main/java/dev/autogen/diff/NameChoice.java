package dev.autogen.diff;

import dev.autogen.schema.TableName;
import java.util.Objects;

/**
 * A name the diff chose instead of the one the entities give, because that one is already taken
 * in the table's schema: {@code kind} ({@code index}, {@code unique constraint}, {@code primary key})
 * {@code wanted} of {@code table} becomes {@code chosen}; {@code holder} says what has the name.
 *
 * <pre>{@code
 * index ix_created of invoice is named ix_created_1: index ix_created of orders has that name, and
 * indexes and keys share one name space per schema
 * }</pre>
 */
public record NameChoice(TableName table, String kind, String wanted, String chosen, String holder) {

    public NameChoice {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(wanted, "wanted");
        Objects.requireNonNull(chosen, "chosen");
    }

    /** One line for the {@code -m} and {@code check} output. */
    public String describe() {
        return kind + " " + wanted + " of " + table + " is named " + chosen + ": " + reason();
    }

    /** Why, for a comment above the operation in the generated migration. */
    public String reason() {
        return holder + " has the name " + wanted + ", and indexes, keys, tables and sequences share one name "
                + "space per schema";
    }
}
