package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.api.Migration;
import dev.autogen.api.Revision;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One migration as the runner sees it: its revision, parents, message, whether it runs in a
 * transaction, the checksum of its source, where it came from (a file or a class), its class, and
 * the revisions it folds together when it is a squash (oldest first; empty otherwise).
 *
 * <p>The class may be loaded lazily ({@link #lazy}): a graph built from a revision index loads
 * only the classes of the migrations that run. A lazily loaded class is checked against what the
 * index said of it, so an index out of step with the class fails rather than runs the wrong thing.
 */
public final class MigrationScript {

    private final String revision;
    private final List<String> parents;
    private final String message;
    private final String created;
    private final boolean transactional;
    private final String checksum;
    private final String origin;
    private final List<String> replaces;
    private final LazyClass type;

    public MigrationScript(String revision, List<String> parents, String message, String created,
                           boolean transactional, String checksum, String origin,
                           Class<? extends Migration> type, List<String> replaces) {
        this(revision, parents, message, created, transactional, checksum, origin, replaces, new LazyClass(type));
    }

    /** A migration that replaces nothing. */
    public MigrationScript(String revision, List<String> parents, String message, String created,
                           boolean transactional, String checksum, String origin, Class<? extends Migration> type) {
        this(revision, parents, message, created, transactional, checksum, origin, type, List.of());
    }

    private MigrationScript(String revision, List<String> parents, String message, String created,
                            boolean transactional, String checksum, String origin, List<String> replaces,
                            LazyClass type) {
        this.revision = Objects.requireNonNull(revision, "revision");
        this.parents = List.copyOf(parents);
        this.message = message;
        this.created = created;
        this.transactional = transactional;
        this.checksum = checksum;
        this.origin = origin;
        this.replaces = replaces == null ? List.of() : List.copyOf(replaces);
        this.type = type;
    }

    /** Reads the {@link Revision} of a migration class. */
    public static MigrationScript of(Class<?> type, String checksum, String origin) {
        Class<? extends Migration> migration = checked(type, origin);
        RevisionInfo info = RevisionInfo.of(migration.getAnnotation(Revision.class));
        return new MigrationScript(info.id(), info.parents(), info.message(), info.created(), info.transactional(),
                checksum, origin, info.replaces(), new LazyClass(migration));
    }

    /**
     * A migration known by what an index says of its {@link Revision}; {@code load} gives its class
     * the first time it is needed (e.g. {@code Class.forName(name, false, loader)}). The class must
     * then carry exactly that revision, else using it fails with an error naming the stale index.
     */
    public static MigrationScript lazy(RevisionInfo info, String checksum, String origin, String className,
                                       Supplier<Class<?>> load) {
        return new MigrationScript(info.id(), info.parents(), info.message(), info.created(), info.transactional(),
                checksum, origin, info.replaces(), new LazyClass(className, info, origin, load));
    }

    private static Class<? extends Migration> checked(Class<?> type, String origin) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null || !Migration.class.isAssignableFrom(type)) {
            throw new AutogenException(origin + ": " + type.getName()
                    + " must implement dev.autogen.api.Migration and carry @Revision");
        }
        @SuppressWarnings("unchecked")
        Class<? extends Migration> migration = (Class<? extends Migration>) type;
        return migration;
    }

    public String revision() {
        return revision;
    }

    public List<String> parents() {
        return parents;
    }

    public String message() {
        return message;
    }

    public String created() {
        return created;
    }

    public boolean transactional() {
        return transactional;
    }

    public String checksum() {
        return checksum;
    }

    public String origin() {
        return origin;
    }

    public List<String> replaces() {
        return replaces;
    }

    /** The migration's class, loaded now if it was not yet; null for a script made without one (tests). */
    public Class<? extends Migration> type() {
        return type.get();
    }

    /** The binary name of the migration's class, known without loading it; null when there is none. */
    public String className() {
        return type.className;
    }

    /** Whether this migration folds a chain of others together ({@code autogen squash}). */
    public boolean isSquash() {
        return !replaces.isEmpty();
    }

    /** The same migration following other parents (a squash's, in place of the revisions it replaces). */
    MigrationScript withParents(List<String> newParents) {
        return new MigrationScript(revision, newParents, message, created, transactional, checksum, origin, replaces,
                type);
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
        Class<? extends Migration> migration = type();
        try {
            var constructor = migration.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AutogenException(origin + ": cannot create " + migration.getName()
                    + "; a migration needs a no-argument constructor", e);
        }
    }

    /** The first twelve characters of the revision, as history and current print it. */
    public String shortRevision() {
        return revision.length() <= 12 ? revision : revision.substring(0, 12);
    }

    /** Equal when every field is, the class compared by name (so a lazy script equals a loaded one). */
    @Override
    public boolean equals(Object other) {
        return other instanceof MigrationScript s && revision.equals(s.revision) && parents.equals(s.parents)
                && Objects.equals(message, s.message) && Objects.equals(created, s.created)
                && transactional == s.transactional && Objects.equals(checksum, s.checksum)
                && Objects.equals(origin, s.origin) && replaces.equals(s.replaces)
                && Objects.equals(className(), s.className());
    }

    @Override
    public int hashCode() {
        return Objects.hash(revision, parents, message, created, transactional, checksum, origin, replaces,
                className());
    }

    @Override
    public String toString() {
        return "MigrationScript[revision=" + revision + ", parents=" + parents + ", message=" + message
                + ", created=" + created + ", transactional=" + transactional + ", checksum=" + checksum
                + ", origin=" + origin + ", type=" + className() + ", replaces=" + replaces + "]";
    }

    /** A migration class, given or loaded on first use and then checked against the index's revision. */
    private static final class LazyClass {
        private final String className;
        private final RevisionInfo expected;
        private final String origin;
        private final Supplier<Class<?>> load;
        private volatile Class<? extends Migration> loaded;

        LazyClass(Class<? extends Migration> type) {
            this.className = type == null ? null : type.getName();
            this.expected = null;
            this.origin = null;
            this.load = null;
            this.loaded = type;
        }

        LazyClass(String className, RevisionInfo expected, String origin, Supplier<Class<?>> load) {
            this.className = Objects.requireNonNull(className, "className");
            this.expected = expected;
            this.origin = origin;
            this.load = Objects.requireNonNull(load, "load");
        }

        Class<? extends Migration> get() {
            Class<? extends Migration> type = loaded;
            if (type == null && load != null) {
                synchronized (this) {
                    if (loaded == null) {
                        loaded = verified(checked(load.get(), origin));
                    }
                    type = loaded;
                }
            }
            return type;
        }

        private Class<? extends Migration> verified(Class<? extends Migration> type) {
            RevisionInfo actual = RevisionInfo.of(type.getAnnotation(Revision.class));
            if (!actual.equals(expected)) {
                throw new AutogenException(origin + ": the class " + type.getName() + " carries another @Revision ("
                        + actual.id() + ", parents " + actual.parents() + ") than the revision index says ("
                        + expected.id() + ", parents " + expected.parents() + "); the index is out of date: rebuild "
                        + "(e.g. `./mvnw compile`, or delete .autogen/classes)");
            }
            return type;
        }
    }
}
