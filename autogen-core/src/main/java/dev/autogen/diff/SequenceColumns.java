package dev.autogen.diff;

import dev.autogen.schema.Column;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Sequence;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *
 * <p>One instance serves one diff: it indexes the current sequences by the default that takes their
 * next value, and the columns of the kept tables by their default, once, so that each question is
 * a look-up rather than a scan of every table or sequence (a diff of N serial tables would otherwise
 * scan N sequences per column and every column per sequence).
 */
final class SequenceColumns {

    private final Schema desired;
    /** The current sequences by {@link Sequence#nextValueDefault()}, in the schema's (name) order. */
    private final Map<String, List<Sequence>> sequencesByDefault = new HashMap<>();
    /** The columns with a default of the current tables the desired schema keeps, by that default, in table order. */
    private final Map<String, List<KeptColumn>> keptColumnsByDefault = new HashMap<>();

    private record KeptColumn(TableName table, Column column, Table wantedTable) {
    }

    SequenceColumns(Schema current, Schema desired) {
        this.desired = desired;
        for (Sequence sequence : current.sequences()) {
            if (sequence.nextValueDefault() != null) {
                sequencesByDefault.computeIfAbsent(sequence.nextValueDefault(), k -> new ArrayList<>()).add(sequence);
            }
        }
        for (Table table : current.tables()) {
            Optional<Table> wantedTable = desired.table(table.name());
            if (wantedTable.isEmpty()) {
                continue;
            }
            for (Column column : table.columns()) {
                if (column.defaultValue() != null) {
                    keptColumnsByDefault.computeIfAbsent(column.defaultValue(), k -> new ArrayList<>())
                            .add(new KeptColumn(table.name(), column, wantedTable.get()));
                }
            }
        }
    }

    /**
     * The desired column with the sequence default of the current one where the two are the same
     * column by the rules above, so that only the other aspects (type, nullability) are compared
     * and, when they differ, the default stays as it is.
     */
    Column adopt(TableName table, Column existing, Column wanted) {
        if (existing.identity() || existing.defaultValue() == null || wanted.defaultValue() != null) {
            return wanted;
        }
        Optional<Sequence> source = source(table, existing);
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
    boolean servesIdentity(Sequence sequence) {
        for (KeptColumn kept : keptColumns(sequence)) {
            if (!ownedBy(sequence, kept.table(), kept.column())) {
                continue;
            }
            Optional<Column> wanted = kept.wantedTable().column(kept.column().name());
            if (wanted.isPresent() && wanted.get().identity() && !kept.column().identity()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a column of a table that the migration keeps takes its default from the sequence. */
    boolean usedByKeptColumn(Sequence sequence) {
        return !keptColumns(sequence).isEmpty();
    }

    /** The kept columns whose default takes the sequence's next value. */
    private List<KeptColumn> keptColumns(Sequence sequence) {
        if (sequence.nextValueDefault() == null) {
            return List.of();
        }
        return keptColumnsByDefault.getOrDefault(sequence.nextValueDefault(), List.of());
    }

    /** The current sequence the column's default takes values from, when it is owned by that column or by none. */
    private Optional<Sequence> source(TableName table, Column column) {
        return sequencesByDefault.getOrDefault(column.defaultValue(), List.of()).stream()
                .filter(s -> ownedByOrFree(s, table, column))
                .findFirst();
    }

    private static boolean ownedByOrFree(Sequence sequence, TableName table, Column column) {
        return sequence.owner() == null || ownedBy(sequence, table, column);
    }

    private static boolean ownedBy(Sequence sequence, TableName table, Column column) {
        return Objects.equals(sequence.owner(), new Sequence.Owner(table, column.name()));
    }
}
