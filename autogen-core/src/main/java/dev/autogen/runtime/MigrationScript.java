package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.api.Migration;
import dev.autogen.api.Revision;
import java.util.List;
import java.util.Objects;

/**
 * One migration as the runner sees it: its revision, parents, message, whether it runs in a
 * transaction, the checksum of its source, where it came from (a file or a class) and the class.
 */
public record MigrationScript(String revision, List<String> parents, String message, String created,
                              boolean transactional, String checksum, String origin,
                              Class<? extends Migration> type) {

    public MigrationScript {
        Objects.requireNonNull(revision, "revision");
        parents = List.copyOf(parents);
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
                revision.created(), revision.transactional(), checksum, origin, migration);
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
