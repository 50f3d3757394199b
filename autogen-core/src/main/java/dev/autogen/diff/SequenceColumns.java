package dev.autogen.diff;

import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.Objects;
import java.util.Optional;

/**
 * Columns whose database default takes the next value of a sequence ({@code serial},
 * {@code bigserial}, or a sequence and a {@code DEFAULT nextval(...)} written by hand), seen against
 * what the entities want. Such a column is what the entity asks for, and not a difference, when:
 * <ul>
 *   <li>the entity's id uses that very sequence as its generator ({@code @SequenceGenerator}): Hibernate
 *       fetches the value itself and always inserts it, so the default never fires; the sequence must
 *       be the one the desired schema has, and be owned by this column or by none;</li>
 *   <li>the entity's id is {@code GenerationType.IDENTITY}: Hibernate inserts without the id and reads
 *       the generated one back, which a sequence default serves exactly as an identity does; the
 *       sequence must be owned by this very column (a {@code serial} column), and stays.</li>
 * </ul>
 * A default that takes another sequence's values (another column's, or, under {@code IDENTITY}, a
 * sequence no column owns) is a real difference and stays one.
 */
final class SequenceColumns {

    private SequenceColumns() {
    }

    /**
     * The desired column with the sequence default of the current one where the two are the same
     * column by the rules above, so that only the other aspects (type, nullability) are compared
     * and, when they differ, the default stays as it is.
     */
    static Column adopt(TableName table, Column existing, Column wanted, Schema current, Schema desired) {
        if (existing.identity() || existing.defaultValue() == null || wanted.defaultValue() != null) {
            return wanted;
        }
        Optional<Sequence> source = source(table, existing, current);
        if (source.isEmpty()) {
            return wanted;
        }
        if (wanted.identity()) {
            return ownedBy(source.get(), table, existing)
                    ? wanted.withIdentity(false).withDefault(existing.defaultValue()) : wanted;
        }
        boolean generatedId = desired.table(table).map(Table::primaryKey)
                .filter(pk -> pk.columns().contains(wanted.name())).isPresent();
        if (generatedId && desired.sequence(source.get().name()).isPresent()) {
            return wanted.withDefault(existing.defaultValue());
        }
        return wanted;
    }

    /**
     * Whether a current sequence stays although the entities do not name it: a column the entities
     * map as an identity takes its values from it (a {@code serial} id under {@code IDENTITY}).
     */
    static boolean servesIdentity(Sequence sequence, Schema current, Schema desired) {
        for (Table table : current.tables()) {
            Optional<Table> wantedTable = desired.table(table.name());
            if (wantedTable.isEmpty()) {
                continue;
            }
            for (Column column : table.columns()) {
                if (!sequence.isNextValue(column.defaultValue()) || !ownedBy(sequence, table.name(), column)) {
                    continue;
                }
                Optional<Column> wanted = wantedTable.get().column(column.name());
                if (wanted.isPresent() && wanted.get().identity() && !column.identity()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a column of a table that the migration keeps takes its default from the sequence. */
    static boolean usedByKeptColumn(Sequence sequence, Schema current, Schema desired) {
        if (sequence.nextValueDefault() == null) {
            return false;
        }
        return current.tables().stream().filter(t -> desired.table(t.name()).isPresent())
                .flatMap(t -> t.columns().stream()).anyMatch(c -> sequence.isNextValue(c.defaultValue()));
    }

    /** The current sequence the column's default takes values from, when it is owned by that column or by none. */
    private static Optional<Sequence> source(TableName table, Column column, Schema current) {
        return current.sequences().stream()
                .filter(s -> s.isNextValue(column.defaultValue()) && ownedByOrFree(s, table, column))
                .findFirst();
    }

    private static boolean ownedByOrFree(Sequence sequence, TableName table, Column column) {
        return sequence.owner() == null || ownedBy(sequence, table, column);
    }

    private static boolean ownedBy(Sequence sequence, TableName table, Column column) {
        return Objects.equals(sequence.owner(), new Sequence.Owner(table, column.name()));
    }
}
