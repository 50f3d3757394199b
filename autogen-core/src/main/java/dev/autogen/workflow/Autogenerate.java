package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.entities.EntityModel;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.Planner;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.runtime.Runner;
import dev.autogen.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code autogen -m MSG} and {@code autogen check}: compares what the entities want with the
 * schema the migrations produce, and writes a migration for the difference, proven first.
 *
 * <p>The schema the migrations produce is read from the configured database, which must be at
 * head; with no database configured, the migrations are replayed into a throwaway embedded
 * PostgreSQL, which is kept for the run so that the proof can use it too.
 */
public final class Autogenerate implements AutoCloseable {

    private final Project project;
    private DatabaseSession throwaway;

    public Autogenerate(Project project) {
        this.project = project;
    }

    /** The operations that would bring the migrations' schema to the entities', in order. */
    public Comparison compare() {
        RevisionGraph graph = project.migrations();
        String head = graph.head();
        Schema desired;
        try (EntityModel model = project.loadEntities()) {
            desired = model.schema();
        }
        if (project.hasLiveDatabase()) {
            try (DatabaseSession session = project.openDatabase()) {
                Planner planner = project.runner(session, RunListener.SILENT).planner();
                if (!planner.isAtHead()) {
                    throw new AutogenException("the database " + session.description() + " is not at head ("
                            + describe(planner.current()) + ", head is " + describe(head == null ? List.of()
                            : List.of(head)) + "); run `autogen upgrade head` first");
                }
                Schema wanted = filter(project.canonicalize(session, desired));
                Set<String> schemas = schemasOf(wanted);
                schemas.addAll(project.config().schemas());
                Schema current = filter(project.introspect(session, schemas));
                return new Comparison(head, current, wanted, SchemaDiff.compare(current, wanted));
            }
        }
        DatabaseSession session = throwawayAtHead();
        Schema wanted = filter(project.canonicalize(session, desired));
        Schema current = filter(project.introspectAll(session));
        return new Comparison(head, current, wanted, SchemaDiff.compare(current, wanted));
    }

    /**
     * Writes the migration for a comparison that found differences, after proving it on a
     * throwaway database at head unless {@code verify} is false; returns its file.
     */
    public Path write(Comparison comparison, NewMigration migration, boolean verify) {
        List<Operation> upgrade = comparison.operations();
        String source = MigrationWriter.write(migration.spec(project.config().migrationsPackage(), upgrade,
                SchemaDiff.inverse(upgrade)).withNotes(project.dialect()::hazards));
        if (verify) {
            new MigrationProof(project, throwawayAtHead()).prove(migration.className(), source, comparison.desired());
        }
        return migration.write(project.config().migrationsDirectory(), source);
    }

    /** Writes an empty migration for hand-written changes; returns its file. */
    public Path writeEmpty(NewMigration migration) {
        String source = MigrationWriter.writeEmpty(migration.spec(project.config().migrationsPackage(), List.of(),
                List.of()));
        return migration.write(project.config().migrationsDirectory(), source);
    }

    private DatabaseSession throwawayAtHead() {
        if (throwaway == null) {
            throwaway = DatabaseSession.throwawayEmbedded();
            Runner runner = project.runner(throwaway, RunListener.SILENT);
            runner.apply(runner.planner().upgrade("head"));
        }
        return throwaway;
    }

    @Override
    public void close() {
        if (throwaway != null) {
            throwaway.close();
            throwaway = null;
        }
    }

    private Schema filter(Schema schema) {
        return project.config().tableFilter().apply(schema);
    }

    private static Set<String> schemasOf(Schema schema) {
        return new TreeSet<>(schema.namespaces());
    }

    private static String describe(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(", ", revisions);
    }

    /** The two schemas and what turns one into the other; {@code head} is null with no migrations. */
    public record Comparison(String head, Schema current, Schema desired, List<Operation> operations) {

        public boolean inSync() {
            return operations.isEmpty();
        }
    }
}
