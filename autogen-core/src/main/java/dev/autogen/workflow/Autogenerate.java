package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.entities.EntityModel;
import dev.autogen.operation.Operation;
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
 * schema the migrations produce, and writes a migration for the difference.
 *
 * <p>The schema the migrations produce is read from the configured database, which must be at
 * head; with no database configured, the migrations are replayed into a throwaway embedded
 * PostgreSQL.
 */
public final class Autogenerate {

    private final Project project;

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
        Schema current;
        try (DatabaseSession session = project.hasLiveDatabase() ? project.openDatabase()
                : DatabaseSession.throwawayEmbedded()) {
            Runner runner = project.runner(session, RunListener.SILENT);
            if (project.hasLiveDatabase()) {
                if (!runner.planner().isAtHead()) {
                    throw new AutogenException("the database " + session.description() + " is not at head ("
                            + describe(runner.planner().current()) + ", head is " + describe(head == null ? List.of()
                            : List.of(head)) + "); run `autogen upgrade head` first");
                }
            } else {
                runner.apply(runner.planner().upgrade("head"));
            }
            current = project.introspect(session, schemasOf(desired));
        }
        return new Comparison(head, current, desired, SchemaDiff.compare(current, desired));
    }

    /** Writes the migration for a comparison that found differences; returns its file. */
    public Path write(Comparison comparison, NewMigration migration) {
        List<Operation> upgrade = comparison.operations();
        String source = MigrationWriter.write(migration.spec(project.config().migrationsPackage(), upgrade,
                SchemaDiff.inverse(upgrade)));
        return migration.write(project.config().migrationsDirectory(), source);
    }

    /** Writes an empty migration for hand-written changes; returns its file. */
    public Path writeEmpty(NewMigration migration) {
        String source = MigrationWriter.writeEmpty(migration.spec(project.config().migrationsPackage(), List.of(),
                List.of()));
        return migration.write(project.config().migrationsDirectory(), source);
    }

    private static Set<String> schemasOf(Schema schema) {
        Set<String> names = new TreeSet<>();
        schema.tables().forEach(t -> {
            if (t.name().schema() != null) {
                names.add(t.name().schema());
            }
        });
        return names;
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
