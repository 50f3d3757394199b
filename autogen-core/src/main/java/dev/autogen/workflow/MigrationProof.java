package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.KeyOrder;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.diff.TableFilter;
import dev.autogen.operation.Operation;
import dev.autogen.operation.OperationSummary;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.runtime.Runner;
import dev.autogen.runtime.compile.CompiledMigrations;
import dev.autogen.runtime.compile.CompiledSource;
import dev.autogen.runtime.compile.MigrationCompiler;
import dev.autogen.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Proves a generated migration before it is written: on a throwaway database at head it compiles
 * the source, applies {@code upgrade()}, diffs again (which must find nothing), applies
 * {@code downgrade()} and checks that the schema is what it was. The throwaway database is left
 * at head again. A migration split in two ({@code --concurrently}) is proven as one: both applied,
 * both reverted.
 */
final class MigrationProof {

    private final Project project;
    private final DatabaseSession session;
    private final String startingPoint;
    private final TableFilter filter;
    private final boolean exactly;

    MigrationProof(Project project, DatabaseSession session) {
        this(project, session, "at head", project.config().tableFilter());
    }

    /**
     * A proof on a database at {@code startingPoint} (e.g. "at head"), as error messages name it,
     * comparing the tables {@code filter} manages.
     */
    MigrationProof(Project project, DatabaseSession session, String startingPoint, TableFilter filter) {
        this(project, session, startingPoint, filter, false);
    }

    private MigrationProof(Project project, DatabaseSession session, String startingPoint, TableFilter filter,
                           boolean exactly) {
        this.project = project;
        this.session = session;
        this.startingPoint = startingPoint;
        this.filter = filter;
        this.exactly = exactly;
    }

    /**
     * This proof, which with {@code exactly} also requires the schema after the upgrade to be the
     * desired one record for record, as introspection reads it (a baseline taken from a database
     * must rebuild that database, not merely something the diff cannot tell from it).
     */
    MigrationProof exactly(boolean exactly) {
        return new MigrationProof(project, session, startingPoint, filter, exactly);
    }

    void prove(String className, String source, Schema desired) {
        prove(java.util.Map.of(className, source), desired);
    }

    /**
     * Proves migrations that follow one another (a transactional one and the non-transactional
     * one of its concurrent indexes), given as class name to source in the order they run: all
     * applied, the diff empty, all reverted, the schema as before.
     */
    void prove(java.util.Map<String, String> sourcesByClassName, Schema desired) {
        Path work = null;
        try {
            work = Files.createTempDirectory("autogen-proof");
            Path sources = Files.createDirectories(work.resolve("src"));
            for (var entry : sourcesByClassName.entrySet()) {
                Files.writeString(sources.resolve(entry.getKey() + ".java"), entry.getValue(), StandardCharsets.UTF_8);
            }
            try (CompiledMigrations compiled = new MigrationCompiler(work.resolve("classes"),
                    project.config().classpath()).compile(sources, Project.class.getClassLoader())) {
                List<MigrationScript> scripts = new ArrayList<>();
                for (String className : sourcesByClassName.keySet()) {
                    CompiledSource one = compiled.sources().stream()
                            .filter(s -> s.className().endsWith("." + className) || s.className().equals(className))
                            .findFirst().orElseThrow();
                    scripts.add(MigrationScript.of(compiled.classLoader().loadClass(one.className()), one.checksum(),
                            "the new migration " + className));
                }
                run(scripts, desired);
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AutogenException("cannot prove the new migration: " + e.getMessage(), e);
        } finally {
            if (work != null) {
                deleteTree(work);
            }
        }
    }

    private void run(List<MigrationScript> added, Schema desired) {
        List<MigrationScript> scripts = new ArrayList<>(project.migrations().ordered());
        scripts.addAll(added);
        RevisionGraph graph = RevisionGraph.of(scripts);
        Runner runner = new Runner(session.connection(), project.dialect(), graph, project.versionTable(),
                RunListener.SILENT);
        Schema before = project.introspectAll(session);
        try {
            runner.apply(runner.planner().upgrade(added.get(added.size() - 1).revision()));
        } catch (AutogenException e) {
            throw new AutogenException("the new migration fails on a database " + startingPoint + ": " + e.getMessage()
                    + "; nothing was written (--no-verify writes it anyway)", e);
        }
        List<Operation> remaining = SchemaDiff.compare(filter.apply(
                project.canonicalize(session, project.introspectAll(session))), desired, project.diffOptions());
        if (!remaining.isEmpty()) {
            throw new AutogenException("the new migration does not converge: after its upgrade, the diff still finds "
                    + describe(remaining) + "; nothing was written (--no-verify writes it anyway)");
        }
        if (exactly) {
            Schema built = filter.apply(project.canonicalize(session, project.introspectAll(session)));
            SchemaDifferences.first(desired, built).ifPresent(difference -> {
                throw new AutogenException("the new migration does not rebuild the database exactly: " + difference
                        + "; nothing was written (--no-verify writes it anyway)");
            });
        }
        runner.apply(runner.planner().downgrade("-" + added.size()));
        Schema back = project.introspectAll(session);
        if (!back.ignoringColumnOrder().equals(before.ignoringColumnOrder())) {
            List<Operation> lost = SchemaDiff.compare(back, before, DiffOptions.DEFAULT.withKeyOrder(KeyOrder.EXACT));
            throw new AutogenException("the new migration's downgrade does not restore the schema: "
                    + (lost.isEmpty() ? "constraint or sequence details differ" : "it misses " + describe(lost))
                    + "; nothing was written (--no-verify writes it anyway)");
        }
    }

    private static String describe(List<Operation> operations) {
        return operations.stream().map(OperationSummary::of).collect(Collectors.joining("; "));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is not worth failing the run for
        }
    }
}
