package dev.autogen.bench;

import dev.autogen.config.AutogenConfig;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.entities.EntityModel;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.runtime.compile.CompiledMigrations;
import dev.autogen.runtime.compile.MigrationCompiler;
import dev.autogen.schema.Schema;
import dev.autogen.workflow.Autogenerate;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.NewMigration;
import dev.autogen.workflow.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The phases of {@code autogen -m} against a live database, timed one by one in a fresh JVM
 * (started by {@link AutogenerateBenchmark} with the command line's JVM flags, so the JIT is as
 * cold as in a real run): what {@code Autogenerate.compare} and {@code write} do, in their order.
 * Usage: {@code AutogeneratePhases PROJECT_DIR URL}. Prints one line per phase.
 */
public final class AutogeneratePhases {

    private static long last = System.nanoTime();

    private AutogeneratePhases() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String url = args[1];
        System.out.printf("%7d ms  JVM start to main%n", java.lang.management.ManagementFactory.getRuntimeMXBean()
                .getUptime());
        last = System.nanoTime();
        AutogenConfig config = AutogenConfig.load(dir.resolve(AutogenConfig.FILE_NAME), Map.of());
        try (Project project = new Project(config, Optional.of(url));
             Autogenerate autogenerate = new Autogenerate(project)) {
            lap("config");
            try (CompiledMigrations compiled = new MigrationCompiler(config.stateDirectory().resolve("classes"),
                    config.classpath()).compile(config.migrationsDirectory(), Project.class.getClassLoader())) {
                lap("migrations: compile cache (" + compiled.recompiled().size() + " of " + compiled.sources().size()
                        + " sources compiled)");
            }
            RevisionGraph graph = project.migrations();
            lap("migrations again: cache, load the classes, revision graph");
            Schema desired;
            try (EntityModel model = project.loadEntities()) {
                desired = model.schema();
            }
            lap("entities: scan, Hibernate metadata build, conversion to Schema (" + desired.tables().size()
                    + " tables)");
            Schema wanted;
            Schema current;
            try (DatabaseSession session = project.openDatabase()) {
                lap("connect");
                boolean atHead = project.runner(session, RunListener.SILENT).planner().isAtHead();
                lap("version table (at head: " + atHead + ")");
                wanted = config.tableFilter().apply(project.canonicalize(session, desired));
                lap("canonicalise the entities' schema (checks, index expressions)");
                Set<String> schemas = new TreeSet<>(wanted.namespaces());
                schemas.addAll(config.schemas());
                Schema introspected = project.introspect(session, schemas);
                lap("introspection (" + introspected.tables().size() + " tables)");
                current = config.tableFilter().apply(project.canonicalize(session, introspected));
                lap("canonicalise the database's schema");
            }
            List<Operation> operations = SchemaDiff.compare(current, wanted);
            lap("diff (" + operations.size() + " operations)");
            Autogenerate.Comparison comparison = new Autogenerate.Comparison(graph.head(), current, wanted,
                    operations, List.of());
            NewMigration migration = new NewMigration(NewMigration.newRevisionId(), List.of(graph.head()),
                    Instant.now(), "phases");
            autogenerate.generate(comparison, migration, false);
            lap("codegen");
            List<Path> written = autogenerate.write(comparison, migration, true, false);
            lap("proof, whole (the throwaway server at head from " + autogenerate.replayedFrom().orElse("?")
                    + ", compile, upgrade, diff, downgrade, diff) and write");
            for (Path file : written) {
                Files.delete(file);
            }
        }
        lap("close (stops the throwaway server)");
        System.exit(0);
    }

    private static void lap(String phase) {
        long now = System.nanoTime();
        System.out.printf("%7.0f ms  %s%n", (now - last) / 1e6, phase);
        last = now;
    }
}
