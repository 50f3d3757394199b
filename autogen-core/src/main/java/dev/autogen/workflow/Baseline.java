package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.entities.EntityModel;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.RunListener;
import dev.autogen.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code autogen baseline}: adopts a database that autogen did not build (made by hand, by
 * Flyway, by Liquibase) — an initial migration of what it holds (or of what the entities want),
 * proven on an empty throwaway PostgreSQL, then written and stamped as applied to the database
 * without running there.
 *
 * <pre>{@code
 * Baseline baseline = new Baseline(project);
 * Baseline.Plan plan = baseline.plan(live, true);
 * Path file = baseline.adopt(live, plan, Baseline.migration("baseline"), true);
 * }</pre>
 *
 * <p>The proof: the migration, applied to an empty database, must reach the baseline's schema (the
 * diff is empty), and with {@code --from-database} must rebuild the database exactly, record for
 * record as introspection reads it; then its downgrade must leave the database empty. When it
 * fails, nothing is written and nothing is stamped.
 */
public final class Baseline {

    private final Project project;

    public Baseline(Project project) {
        this.project = project;
    }

    /**
     * What a baseline holds: the database's schema (the tables autogen manages), the baseline's
     * schema (the same with {@code fromDatabase}, else the entities'), the operations that create
     * it, and where the database differs from it (empty with {@code fromDatabase}).
     */
    public record Plan(Schema database, Schema baseline, List<Operation> create, List<Operation> drift,
                       boolean fromDatabase) {

        public Plan {
            create = List.copyOf(create);
            drift = List.copyOf(drift);
        }
    }

    /**
     * Reads the database (the default schema, {@code [schema] schemas} and, from entities, the
     * schemas they use) and plans the baseline; refuses a project that already has migrations.
     */
    public Plan plan(DatabaseSession live, boolean fromDatabase) {
        if (!project.migrations().isEmpty()) {
            throw new AutogenException("this project already has migrations; baseline adopts a database for a "
                    + "project with none (use `autogen stamp REV` to mark a database as being at a revision)");
        }
        Set<String> schemas = new TreeSet<>(project.config().schemas());
        Schema entities = null;
        if (!fromDatabase) {
            try (EntityModel model = project.loadEntities()) {
                entities = project.config().tableFilter().apply(project.canonicalize(live, model.schema()));
            }
            schemas.addAll(entities.namespaces());
        }
        Schema database = project.config().tableFilter().apply(
                project.canonicalize(live, project.introspect(live, schemas)));
        Schema baseline = fromDatabase ? database : entities;
        List<Operation> drift = fromDatabase ? List.of() : SchemaDiff.compare(database, baseline);
        return new Plan(database, baseline, SchemaDiff.compare(Schema.empty(), baseline), drift, fromDatabase);
    }

    /**
     * Writes the baseline migration, after proving it on an empty throwaway PostgreSQL unless
     * {@code verify} is false; nothing is written when the proof fails. Returns its file.
     */
    public Path write(Plan plan, NewMigration migration, boolean verify) {
        Autogenerate.Comparison comparison = new Autogenerate.Comparison(null, Schema.empty(), plan.baseline(),
                plan.create(), List.of());
        String source;
        try (Autogenerate autogenerate = new Autogenerate(project)) {
            source = autogenerate.generate(comparison, migration, false).get(0).source();
        }
        if (verify) {
            try (DatabaseSession empty = project.throwawayDatabase()) {
                new MigrationProof(project, empty, "that is empty", project.config().tableFilter())
                        .exactly(plan.fromDatabase()).prove(migration.className(), source, plan.baseline());
            }
        }
        Path file = project.config().migrationsDirectory().resolve(migration.className() + ".java");
        if (Files.exists(file)) {
            throw new AutogenException(file + " already exists; wait a second or use another message");
        }
        return migration.write(project.config().migrationsDirectory(), source);
    }

    /**
     * Writes the baseline migration ({@link #write}) and records it as applied to the database, all
     * or nothing: the version table is checked writable before anything is proven or written, and
     * when the stamp fails all the same (the lock is held, the connection drops), the file is
     * removed again. Returns the file.
     */
    public Path adopt(DatabaseSession live, Plan plan, NewMigration migration, boolean verify) {
        project.versionTable().checkWritable(live.connection(), "SELECT", "INSERT", "DELETE");
        Path file = write(plan, migration, verify);
        try {
            project.reloadMigrations();
            stamp(live);
            return file;
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(file);
                project.reloadMigrations();
            } catch (java.io.IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
                throw new AutogenException(e.getMessage() + "; and " + file + " could not be removed: delete it "
                        + "before running `autogen baseline` again", e);
            }
            throw e instanceof AutogenException a ? new AutogenException(a.getMessage() + "; the baseline "
                    + "migration was not kept, so run `autogen baseline` again once that is fixed", e) : e;
        }
    }

    /** Records the baseline (the project's only migration) as applied to the database; returns its revision. */
    public String stamp(DatabaseSession live) {
        project.runner(live, RunListener.SILENT).stamp("head", false);
        return project.migrations().head();
    }

    /** A new baseline migration with this message, created now. */
    public static NewMigration migration(String message) {
        return new NewMigration(NewMigration.newRevisionId(), List.of(), Instant.now(), message);
    }
}
