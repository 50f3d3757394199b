package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.codegen.MigrationSpec;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.NameChoice;
import dev.autogen.diff.NameChoiceNotes;
import dev.autogen.diff.RenameDetector;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.entities.EntityModel;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.Operation;
import dev.autogen.operation.SchemaEditor;
import dev.autogen.runtime.RunListener;
import dev.autogen.runtime.Runner;
import dev.autogen.schema.Provenance;
import dev.autogen.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code autogen -m MSG} and {@code autogen check}: compares what the entities want with the
 * schema the migrations produce, and writes a migration for the difference, proven first.
 *
 * <p>The schema the migrations produce is read from the configured database, which must be at
 * head; with no database configured, the migrations are replayed into a throwaway embedded
 * PostgreSQL, which is kept for the run so that the proof can use it too. A live database that the
 * migrations did not build (adopted with {@code baseline} or {@code stamp}) is proven on a copy of
 * its own schema instead ({@link #provenOn()} says which).
 */
public final class Autogenerate implements AutoCloseable {

    private final Project project;
    private HeadReplay replay;
    /** The proof's throwaway server at head, being started while the entities load ({@link #proving()}). */
    private ReplayAhead replayAhead;
    private boolean proving;
    private DatabaseSession liveCopy;
    private String liveCopyKind;
    private String liveCopyNote;
    private Live live;
    private String provenOn;
    private boolean explaining = true;

    /** The live database as the last comparison read it: its whole schema in the schemas it compared. */
    private record Live(Schema schema, Set<String> schemas) {
    }

    public Autogenerate(Project project) {
        this.project = project;
    }

    /**
     * Tells that a proof will follow the comparison when it finds differences ({@code -m} without
     * {@code --no-verify}): with a live database, {@link #compare()} then starts the proof's
     * throwaway server at head on a thread of its own while the entities load, rather than after.
     * Returns this.
     */
    public Autogenerate proving() {
        proving = true;
        return this;
    }

    /**
     * Whether comparisons say where each part of the entities' side came from
     * ({@link Comparison#provenance()}, what {@code --explain} prints); yes unless turned off.
     * Tracing it reads every attribute's annotations again, about a tenth of a small project's
     * {@code check}: a caller that explains nothing turns it off and gets {@link Provenance#NONE}.
     */
    public Autogenerate explaining(boolean explaining) {
        this.explaining = explaining;
        return this;
    }

    /** The operations that would bring the migrations' schema to the entities', in order. */
    public Comparison compare() {
        return compare(List.of());
    }

    /**
     * As {@link #compare()}, with renames the user confirmed ({@code RenameTable},
     * {@code RenameColumn}) applied first so that data is kept.
     */
    public Comparison compare(List<Operation> renames) {
        try (DatabaseSide database = project.hasLiveDatabase() ? DatabaseSide.live(project)
                : DatabaseSide.throwaway(project, this::throwawayAtHead)) {
            String head = database.migrationsLoaded(project::migrations).head();
            if (proving && project.hasLiveDatabase() && replay == null && replayAhead == null) {
                replayAhead = ReplayAhead.start(project);
            }
            Schema desired;
            Provenance provenance;
            try (EntityModel model = project.loadEntities()) {
                desired = model.schema();
                provenance = explaining ? model.provenance() : Provenance.NONE;
            }
            DatabaseSide.Current current = database.current();
            if (!project.hasLiveDatabase()) {
                Schema wanted = filter(project.canonicalize(current.session(), desired));
                return Comparison.of(head, current.canonical(), wanted, renames, provenance, project.diffOptions());
            }
            try (DatabaseSession session = current.session()) {
                Schema wanted = filter(project.canonicalize(session, desired));
                Set<String> schemas = schemasOf(wanted);
                schemas.addAll(project.config().schemas());
                if (!schemas.equals(current.schemas())) { // the entities use a schema the project does not name
                    current = DatabaseSide.read(project, session, schemas);
                }
                live = new Live(current.introspected(), schemas);
                return Comparison.of(head, current.canonical(), wanted, renames, provenance, project.diffOptions());
            }
        }
    }

    /**
     * Writes the migration for a comparison that found differences, after proving it on a
     * throwaway database at head unless {@code verify} is false; returns its file.
     */
    public Path write(Comparison comparison, NewMigration migration, boolean verify) {
        return write(comparison, migration, verify, false).get(0);
    }

    /**
     * As {@link #write(Comparison, NewMigration, boolean)}; with {@code concurrentIndexes}, new
     * indexes on existing tables are built {@code CONCURRENTLY} in a migration with
     * {@code @Revision(transactional = false)}: the only one when the diff holds nothing else, else
     * a second one after the transactional first ({@link ConcurrentIndexes}). Returns the files in
     * the order they run; both are proven together and written only when both can be.
     */
    public List<Path> write(Comparison comparison, NewMigration migration, boolean verify, boolean concurrentIndexes) {
        return write(comparison, migration, verify, OnlineMigrations.Policy.simple(concurrentIndexes));
    }

    /**
     * As {@link #write(Comparison, NewMigration, boolean, boolean)} under a safety policy: with
     * {@code online}, the online forms of changes to existing tables go into the migration outside
     * a transaction, and each migration that touches an existing table starts with a lock timeout
     * ({@link OnlineMigrations}).
     */
    public List<Path> write(Comparison comparison, NewMigration migration, boolean verify,
                            OnlineMigrations.Policy policy) {
        List<String> blocked = dev.autogen.diff.Views.blocked(comparison.current(), comparison.operations());
        if (!blocked.isEmpty()) {
            throw new AutogenException(blocked.get(0) + ", and PostgreSQL cannot drop what a view reads: drop or "
                    + "change the view first (op.execute in a migration from `autogen revision -m MSG`), or keep it mapped");
        }
        List<Generated> generated = generate(comparison, migration, policy);
        if (verify) {
            Map<String, String> sources = new LinkedHashMap<>();
            generated.forEach(g -> sources.put(g.migration().className(), g.source()));
            proofStart(comparison).prove(sources, comparison.desired());
        }
        Path directory = project.config().migrationsDirectory();
        for (Generated g : generated) {
            Path file = directory.resolve(g.migration().className() + ".java");
            if (Files.exists(file)) {
                throw new AutogenException(file + " already exists; wait a second or use another message");
            }
        }
        List<Path> written = new java.util.ArrayList<>();
        try {
            for (Generated g : generated) {
                written.add(g.migration().write(directory, g.source()));
            }
        } catch (AutogenException e) {
            written.forEach(Autogenerate::deleteQuietly); // all the files or none
            throw e;
        }
        return written;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (java.io.IOException ignored) {
            // the write error is the one worth reporting
        }
    }

    /**
     * The migration sources a comparison becomes, in the order they run, without proving or
     * writing them: the same inputs give the same bytes.
     */
    public List<Generated> generate(Comparison comparison, NewMigration migration, boolean concurrentIndexes) {
        return generate(comparison, migration, OnlineMigrations.Policy.simple(concurrentIndexes));
    }

    /**
     * As {@link #generate(Comparison, NewMigration, boolean)} under a safety policy
     * ({@link OnlineMigrations}): up to three migrations, in the order they run: online drops
     * outside a transaction, the transactional rest, the online adds outside a transaction.
     */
    public List<Generated> generate(Comparison comparison, NewMigration migration, OnlineMigrations.Policy policy) {
        OnlineMigrations.Split split = OnlineMigrations.split(comparison.operations(), policy);
        List<List<Operation>> parts = List.of(split.before(), split.transactional(), split.outside());
        List<String> suffixes = List.of(" (online drops)", "", policy.online() ? " (online)" : " (concurrent indexes)");
        List<Generated> generated = new java.util.ArrayList<>();
        NewMigration next = null;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).isEmpty() && !(i == 1 && generated.isEmpty() && split.outside().isEmpty())) {
                continue;
            }
            next = next == null ? migration : next.followedBy(migration.message() + suffixes.get(i));
            generated.add(new Generated(next, source(comparison, next, parts.get(i), i == 1, policy,
                    split.backfills())));
        }
        return generated;
    }

    /** One migration about to be written, and its source. */
    public record Generated(NewMigration migration, String source) {
    }

    private String source(Comparison comparison, NewMigration migration, List<Operation> operations,
                          boolean transactional, OnlineMigrations.Policy policy, Set<AlterColumn> backfills) {
        RenameHints hints = new RenameHints(comparison.suggestedRenames());
        NameChoiceNotes named = new NameChoiceNotes(comparison.nameChoices());
        List<Operation> upgrade = OnlineMigrations.withLockTimeout(operations, policy);
        List<Operation> downgrade = OnlineMigrations.withLockTimeout(OnlineMigrations.downgrade(operations, policy),
                policy);
        MigrationSpec spec = migration.spec(project.config().migrationsPackage(), upgrade, downgrade)
                .withNotes((op, existing) -> {
                    List<String> notes = new java.util.ArrayList<>(hints.of(op));
                    if (op instanceof AlterColumn alter && backfills.contains(alter)) {
                        notes.add(OnlineMigrations.backfillNote(alter));
                    }
                    notes.addAll(named.of(op));
                    notes.addAll(project.dialect().hazards(op, existing));
                    return notes;
                });
        return MigrationWriter.write(transactional ? spec : spec.nonTransactional());
    }

    /** Writes an empty migration for hand-written changes; returns its file. */
    public Path writeEmpty(NewMigration migration) {
        String source = MigrationWriter.writeEmpty(migration.spec(project.config().migrationsPackage(), List.of(),
                List.of()));
        return migration.write(project.config().migrationsDirectory(), source);
    }

    /** Writes a merge: a migration with several parents and nothing to do; returns its file. */
    public Path writeMerge(NewMigration migration) {
        String source = MigrationWriter.write(migration.spec(project.config().migrationsPackage(), List.of(),
                List.of()));
        return migration.write(project.config().migrationsDirectory(), source);
    }

    /**
     * Where the last proof started when it was not the migrations replayed to head, for the user:
     * {@code a copy of the live schema (...)}, with the first thing the migrations do not build;
     * empty before a proof and after one on the replayed migrations.
     */
    public Optional<String> provenOn() {
        return Optional.ofNullable(provenOn);
    }

    /**
     * The proof for a comparison: on the migrations replayed to head when that is where the
     * database stands (no live database, or one whose schema is what the migrations produce);
     * otherwise (a database adopted with {@code baseline} or {@code stamp}, which the migrations
     * never built) on a copy of the live schema ({@link LiveSchemaCopy}).
     */
    private MigrationProof proofStart(Comparison comparison) {
        DatabaseSession atHead = throwawayAtHead();
        provenOn = null;
        if (live == null) {
            return new MigrationProof(project, provingOnReplay());
        }
        Schema replayed = filter(project.canonicalize(atHead, project.introspect(atHead, live.schemas())));
        List<Operation> unexplained = SchemaDiff.compare(replayed, comparison.current());
        if (unexplained.isEmpty()) {
            return new MigrationProof(project, provingOnReplay());
        }
        String why = "the migrations do not build it: " + unexplained.size()
                + (unexplained.size() == 1 ? " difference, " : " differences, the first ")
                + dev.autogen.operation.OperationSummary.of(unexplained.get(0));
        if (liveCopy == null) {
            try {
                liveCopy = LiveSchemaCopy.create(project, LiveSchemaCopy.scope(live.schema(),
                        project.config().tableFilter()), comparison.head());
                liveCopyKind = "a copy of the live schema";
                liveCopyNote = "";
            } catch (LiveSchemaCopy.CannotRebuild e) {
                liveCopy = templateCopy(e);
                liveCopyKind = "a copy of the live database made by its server";
                liveCopyNote = "; autogen cannot rebuild its schema yet: " + e.reason();
            }
        }
        provenOn = liveCopyKind + " (" + why + liveCopyNote + ")";
        return new MigrationProof(project, liveCopy, "that is " + liveCopyKind, project.config().tableFilter());
    }

    /**
     * Where the live schema cannot be rebuilt from what autogen reads of it: a copy of the live
     * database made by its own server, when the server permits it ({@link TemplateCopy}).
     */
    private DatabaseSession templateCopy(LiveSchemaCopy.CannotRebuild cannotRebuild) {
        try {
            return TemplateCopy.create(project.dialect(), project.databaseUrl().orElseThrow());
        } catch (AutogenException refused) {
            throw new AutogenException("cannot prove the new migration on a copy of the live schema: autogen cannot "
                    + "rebuild it yet (" + cannotRebuild.reason() + ") and its server would not copy the database ("
                    + refused.getMessage() + "); nothing was written (--no-verify writes it anyway)", refused);
        }
    }

    /**
     * What the migrations replayed to head started from, once a run needed them (no live database,
     * or a proof): {@code a replay of 57 migrations}, {@code a kept replay of the same 57 migrations},
     * {@code a kept replay of the first 56 of 57 migrations, 1 replayed} ({@link HeadReplay}).
     */
    public Optional<String> replayedFrom() {
        if (replay == null && replayAhead != null) {
            replayAhead.started().ifPresent(started -> {
                replay = started;
                replayAhead = null;
            });
        }
        return Optional.ofNullable(replay).map(HeadReplay::startedFrom);
    }

    /** The throwaway server at head, started from a kept replay when there is one ({@link HeadReplay}). */
    private DatabaseSession throwawayAtHead() {
        if (replay == null && replayAhead != null) {
            ReplayAhead ahead = replayAhead;
            replayAhead = null;
            replay = ahead.replay();
        }
        if (replay == null) {
            replay = HeadReplay.start(project);
        }
        return replay.session();
    }

    /** The throwaway server at head for a proof, which changes it: its replay is kept first. */
    private DatabaseSession provingOnReplay() {
        throwawayAtHead();
        replay.changing();
        return replay.session();
    }

    @Override
    public void close() {
        if (replayAhead != null) {
            replayAhead.close();
            replayAhead = null;
        }
        if (liveCopy != null) {
            liveCopy.close();
            liveCopy = null;
        }
        if (replay != null) {
            replay.close();
            replay = null;
        }
    }

    private Schema filter(Schema schema) {
        return project.config().tableFilter().apply(schema);
    }

    private static Set<String> schemasOf(Schema schema) {
        return new TreeSet<>(schema.namespaces());
    }

    /**
     * The two schemas, what turns one into the other (renames the user confirmed first), and the
     * renames it suspects but was not told about, and where the desired side came from (for
     * {@code --explain}); {@code head} is null with no migrations.
     */
    public record Comparison(String head, Schema current, Schema desired, List<Operation> operations,
                             List<Operation> suggestedRenames, Provenance provenance, List<NameChoice> nameChoices) {

        /** A comparison whose desired side did not come from entities (nothing to trace). */
        public Comparison(String head, Schema current, Schema desired, List<Operation> operations,
                          List<Operation> suggestedRenames) {
            this(head, current, desired, operations, suggestedRenames, Provenance.NONE, List.of());
        }

        /** A comparison in which no name had to be changed. */
        public Comparison(String head, Schema current, Schema desired, List<Operation> operations,
                          List<Operation> suggestedRenames, Provenance provenance) {
            this(head, current, desired, operations, suggestedRenames, provenance, List.of());
        }

        static Comparison of(String head, Schema current, Schema desired, List<Operation> renames,
                             Provenance provenance, DiffOptions options) {
            Renames.check(current, desired, renames);
            SchemaDiff.Plan plan = SchemaDiff.plan(current, desired, renames, options);
            List<Operation> suggested = RenameDetector.likely(SchemaEditor.apply(current, renames), desired);
            return new Comparison(head, current, desired, plan.operations(), suggested, provenance,
                    plan.nameChoices());
        }

        public boolean inSync() {
            return operations.isEmpty();
        }
    }
}
