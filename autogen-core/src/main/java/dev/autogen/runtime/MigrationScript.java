package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.api.Migration;
import dev.autogen.api.Revision;
import java.util.List;
import java.util.Objects;

/**
 * One migration as the runner sees it: its revision, parents, message, whether it runs in a
 * transaction, the checksum of its source, where it came from (a file or a class), the class, and
 * the revisions it folds together when it is a squash (oldest first; empty otherwise).
 */
public record MigrationScript(String revision, List<String> parents, String message, String created,
                              boolean transactional, String checksum, String origin,
                              Class<? extends Migration> type, List<String> replaces) {

    public MigrationScript {
        Objects.requireNonNull(revision, "revision");
        parents = List.copyOf(parents);
        replaces = replaces == null ? List.of() : List.copyOf(replaces);
    }

    /** A migration that replaces nothing. */
    public MigrationScript(String revision, List<String> parents, String message, String created,
                           boolean transactional, String checksum, String origin, Class<? extends Migration> type) {
        this(revision, parents, message, created, transactional, checksum, origin, type, List.of());
    }

    /** Reads the {@link Revision} of a migration class. */
    public static MigrationScript of(Class<?> type, String checksum, String origin) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null || !Migration.class.isAssignableFrom(type)) {
            throw new AutogenException(origin + ": " + type.getName()
                    + " must implement dev.autogen.api.Migration and carry @Revision");
        }
        @SuppressWarnings("unchecked")
        Class<? extends Migration> migration = (Class<? extends Migration>) type;
        return new MigrationScript(revision.id(), List.of(revision.parents()), revision.message(),
                revision.created(), revision.transactional(), checksum, origin, migration,
                List.of(revision.replaces()));
    }

    /** Whether this migration folds a chain of others together ({@code autogen squash}). */
    public boolean isSquash() {
        return !replaces.isEmpty();
    }

    /** The same migration following other parents (a squash's, in place of the revisions it replaces). */
    MigrationScript withParents(List<String> newParents) {
        return new MigrationScript(revision, newParents, message, created, transactional, checksum, origin, type,
                replaces);
    }

    /**
     * The version-table rows that stand for this migration: its own, and for a squash those of the
     * revisions it replaces (a database that ran the old chain holds those); a downgrade deletes them all.
     */
    public List<String> rows() {
        List<String> rows = new java.util.ArrayList<>(replaces);
        rows.add(0, revision);
        return List.copyOf(rows);
    }

    public Migration instantiate() {
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AutogenException(origin + ": cannot create " + type.getName()
                    + "; a migration needs a no-argument constructor", e);
        }
    }

    /** The first twelve characters of the revision, as history and current print it. */
    public String shortRevision() {
        return revision.length() <= 12 ? revision : revision.substring(0, 12);
    }
}
