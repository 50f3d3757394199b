package dev.autogen.codegen;

import dev.autogen.operation.Operation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything a generated migration class is made from: where it goes, its revision header and
 * the operations of its two bodies. {@code downgrade} is usually the inverses of {@code upgrade}
 * in reverse order, as the diff planned them.
 *
 * <pre>{@code
 * new MigrationSpec("com.acme.migrations", MigrationWriter.className(now, "add archived_at"),
 *         "3f2a9c1b7d0e", List.of("1a2b3c4d5e6f"), "add archived_at", now,
 *         List.of(addColumn), List.of(addColumn.inverse()))
 * }</pre>
 *
 * @param packageName the migrations package; empty for the unnamed package
 * @param parents     the parent revisions: none for a first migration, several for a merge
 * @param created     when the migration was made; rendered in UTC to the second
 * @param notes       comments for the reviewer above operations (data loss, locks)
 * @param transactional whether the runner wraps the migration in a transaction; false writes
 *                    {@code @Revision(transactional = false)}
 * @param replaces    for a squash, the revisions it folds together, oldest first; else empty
 */
public record MigrationSpec(String packageName, String className, String revision, List<String> parents,
                            String message, Instant created, List<Operation> upgrade, List<Operation> downgrade,
                            OperationNotes notes, boolean transactional, List<String> replaces) {

    /** A spec whose operations carry no reviewer's notes. */
    public MigrationSpec(String packageName, String className, String revision, List<String> parents,
                         String message, Instant created, List<Operation> upgrade, List<Operation> downgrade) {
        this(packageName, className, revision, parents, message, created, upgrade, downgrade, OperationNotes.NONE);
    }

    /** A transactional spec with notes that replaces nothing. */
    public MigrationSpec(String packageName, String className, String revision, List<String> parents,
                         String message, Instant created, List<Operation> upgrade, List<Operation> downgrade,
                         OperationNotes notes) {
        this(packageName, className, revision, parents, message, created, upgrade, downgrade, notes, true, List.of());
    }

    public MigrationSpec {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(revision, "revision");
        parents = List.copyOf(Objects.requireNonNull(parents, "parents"));
        message = message == null ? "" : message;
        Objects.requireNonNull(created, "created");
        upgrade = List.copyOf(Objects.requireNonNull(upgrade, "upgrade"));
        downgrade = List.copyOf(Objects.requireNonNull(downgrade, "downgrade"));
        notes = notes == null ? OperationNotes.NONE : notes;
        replaces = List.copyOf(Objects.requireNonNull(replaces, "replaces"));
    }

    /** The same spec with notes above its operations. */
    public MigrationSpec withNotes(OperationNotes value) {
        return new MigrationSpec(packageName, className, revision, parents, message, created, upgrade, downgrade, value,
                transactional, replaces);
    }

    /** The same spec for a migration that runs outside a transaction. */
    public MigrationSpec nonTransactional() {
        return new MigrationSpec(packageName, className, revision, parents, message, created, upgrade, downgrade, notes,
                false, replaces);
    }

    /** The same spec as a squash of {@code revisions} (oldest first). */
    public MigrationSpec withReplaces(List<String> revisions) {
        return new MigrationSpec(packageName, className, revision, parents, message, created, upgrade, downgrade, notes,
                transactional, revisions);
    }
}
