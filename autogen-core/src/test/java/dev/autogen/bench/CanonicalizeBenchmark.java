package dev.autogen.bench;

import dev.autogen.config.AutogenConfig;
import dev.autogen.dialect.SpellingCache;
import dev.autogen.dialect.SpellingFiles;
import dev.autogen.entities.EntityModel;
import dev.autogen.schema.Schema;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import dev.autogen.workflow.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Times {@code Dialect.canonicalize} (the database spelling the entities' checks, defaults and
 * index expressions) of N generated entities ({@link EntitySources}), in-process: the phase of
 * {@code -m} and {@code check} that grows with the schema, without and with the cache of
 * spellings ({@code SpellingFiles}; the first run with it fills it). Usage:
 * {@code CanonicalizeBenchmark [ENTITIES] [RUNS]}.
 */
public final class CanonicalizeBenchmark {

    private CanonicalizeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entities = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("autogen-bench-canon");
        try (TestDatabase db = TestDatabases.create(); Connection c = db.connect()) {
            BenchProject project = new BenchProject(dir, Path.of("unused.jar"));
            EntitySources.write(project.sourceRoot(), entities, false);
            project.compileEntities();
            AutogenConfig config = AutogenConfig.load(dir.resolve(AutogenConfig.FILE_NAME), Map.of());
            Schema desired;
            try (Project p = new Project(config, Optional.empty()); EntityModel model = p.loadEntities()) {
                desired = model.schema();
                List<Long> millis = new ArrayList<>();
                Schema canonical = null;
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    canonical = p.dialect().canonicalize(c, desired);
                    millis.add((System.nanoTime() - t0) / 1_000_000);
                }
                System.out.printf("canonicalize %d tables: median %d ms (runs, the first cold: %s)%n",
                        desired.tables().size(), WholeProcess.median(millis), millis);
                System.out.println("fingerprint " + canonical.toString().hashCode() + " (" + canonical.toString().length() + " chars)");
                // with the cache of spellings a run keeps in .autogen/cache: the first run fills it
                SpellingCache cache = new SpellingFiles(dir.resolve(".autogen/cache"));
                millis.clear();
                for (int i = 0; i < runs; i++) {
                    long t0 = System.nanoTime();
                    Schema cached = p.dialect().canonicalize(c, desired, cache);
                    millis.add((System.nanoTime() - t0) / 1_000_000);
                    if (!cached.equals(canonical)) {
                        throw new IllegalStateException("the cache gave another schema");
                    }
                }
                System.out.printf("canonicalize %d tables with the cache of spellings: median %d ms (runs, the "
                        + "first fills it: %s)%n", desired.tables().size(), WholeProcess.median(millis), millis);
            }
        } finally {
            BenchProject.deleteTree(dir);
        }
        System.exit(0);
    }
}
