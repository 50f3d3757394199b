package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.diff.KeyOrder;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.diff.TableFilter;
import dev.autogen.operation.Execute;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.Recording;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.runtime.RunListener.Direction;
import dev.autogen.runtime.Runner;
import dev.autogen.schema.Schema;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code autogen squash FROM:TO -m MSG}: folds a straight chain of migrations, FROM to TO both
 * included, into one migration that replaces them (seed 000's consolidated migration). The chain
 * is replayed on a throwaway PostgreSQL to read the schema before FROM and at TO; their diff is the
 * squash's upgrade (an add then a drop of the same column is no operation at all), its inverse the
 * downgrade. The squash follows FROM's parents and declares {@code replaces}, so databases that ran
 * the old chain, or part of it, keep upgrading ({@link dev.autogen.runtime.Planner}).
 *
 * <pre>{@code
 * Squash squash = new Squash(project);
 * Squash.Folded folded = squash.fold(squash.chain("base:head"));
 * Path file = squash.write(folded, "initial schema", true);
 * }</pre>
 */
public final class Squash {

    private final Project project;

    public Squash(Project project) {
        this.project = project;
    }

    /** A straight chain of migrations, oldest first, and the parents of its first. */
    public record Chain(List<MigrationScript> scripts, List<String> parents) {

        public Chain {
            scripts = List.copyOf(scripts);
            parents = List.copyOf(parents);
        }

        public MigrationScript first() {
            return scripts.get(0);
        }

        public MigrationScript last() {
            return scripts.get(scripts.size() - 1);
        }

        List<String> revisions() {
            return scripts.stream().map(MigrationScript::revision).toList();
        }

        /** Where the chain starts, for messages: {@code base} or its parents. */
        public String start() {
            return parents.isEmpty() ? "base" : String.join(", ", parents);
        }
    }

    /** A chain folded: the operations that take the schema before it to the schema at its end. */
    public record Folded(Chain chain, List<Operation> operations, Schema atEnd) {

        public Folded {
            operations = List.copyOf(operations);
        }
    }

    /**
     * The chain {@code FROM:TO} names: FROM a revision or {@code base} (from the first migration),
     * TO a revision or {@code head}. Refuses ranges that are not one straight line of plain schema
     * migrations (merges, branches leaving the middle, squashes, data migrations).
     */
    public Chain chain(String range) {
        int colon = range.indexOf(':');
        if (colon <= 0 || colon == range.length() - 1 || range.indexOf(':', colon + 1) >= 0) {
            throw new AutogenException("squash " + range + ": write the range as FROM:TO, e.g. base:head or 3f2a:9c1b");
        }
        RevisionGraph graph = project.migrations();
        if (graph.isEmpty()) {
            throw new AutogenException("nothing to squash: there are no migrations");
        }
        String fromTarget = range.substring(0, colon);
        String toTarget = range.substring(colon + 1);
        String from = fromTarget.equals("base") ? null : resolve(graph, fromTarget);
        String to = toTarget.equals("head") ? graph.head() : resolve(graph, toTarget);
        if (from != null && !graph.ancestorsOf(to).contains(from)) {
            throw new AutogenException("squash " + range + ": " + to + " does not descend from " + from
                    + "; give FROM:TO with FROM older (see `autogen history`)");
        }
        List<MigrationScript> scripts = new ArrayList<>();
        MigrationScript script = graph.get(to);
        while (true) {
            scripts.add(0, script);
            if (script.revision().equals(from) || script.parents().isEmpty()) {
                break;
            }
            if (script.parents().size() > 1) {
                throw new AutogenException("squash " + range + ": the range crosses the merge " + script.revision()
                        + " (several parents); squash the chains on either side of it instead");
            }
            script = graph.get(script.parents().get(0));
        }
        Chain chain = new Chain(scripts, scripts.get(0).parents());
        check(graph, range, chain);
        return chain;
    }

    private static String resolve(RevisionGraph graph, String target) {
        String revision = graph.resolveId(target);
        graph.squashReplacing(revision).ifPresent(squash -> {
            throw new AutogenException("revision " + revision + " was already squashed into " + squash.revision()
                    + "; name revisions that `autogen history` shows");
        });
        return revision;
    }

    private static void check(RevisionGraph graph, String range, Chain chain) {
        if (chain.scripts().size() < 2) {
            throw new AutogenException("nothing to squash: " + range + " holds one migration ("
                    + chain.first().revision() + "); a squash folds two or more");
        }
        for (MigrationScript script : chain.scripts()) {
            if (script.isSquash()) {
                throw new AutogenException("squash " + range + ": " + script.revision() + " is itself a squash, "
                        + "which cannot be squashed again; squash the migrations after it");
            }
        }
        for (int i = 0; i < chain.scripts().size() - 1; i++) {
            String revision = chain.scripts().get(i).revision();
            String next = chain.scripts().get(i + 1).revision();
            List<String> others = graph.ordered().stream()
                    .filter(s -> s.parents().contains(revision) && !s.revision().equals(next))
                    .map(MigrationScript::revision).toList();
            if (!others.isEmpty()) {
                throw new AutogenException("squash " + range + ": " + String.join(", ", others) + " branch(es) off "
                        + revision + " in the middle of the range; merge the branches first, or squash only up to "
                        + revision);
            }
        }
        List<String> data = new ArrayList<>();
        for (MigrationScript script : chain.scripts()) {
            if (changesData(script)) {
                data.add(script.revision() + " (" + script.message() + ")");
            }
        }
        if (!data.isEmpty()) {
            throw new AutogenException("cannot squash " + range + ": " + String.join(", ", data)
                    + (data.size() == 1 ? " changes" : " change") + " data (op.execute or op.connection()), which a "
                    + "squash cannot fold; squash the chains before and after " + (data.size() == 1 ? "it" : "them"));
        }
    }

    /** Whether a migration runs hand-written SQL or JDBC, either way. */
    private static boolean changesData(MigrationScript script) {
        for (Direction direction : Direction.values()) {
            Recording recording = Recording.of(script, direction);
            if (recording.stoppedAtJdbc() || recording.operations().stream().anyMatch(op -> op instanceof Execute)) {
                return true;
            }
        }
        return false;
    }

    /** Replays the chain on a throwaway PostgreSQL and diffs the schema before it with the one at its end. */
    public Folded fold(Chain chain) {
        try (DatabaseSession replay = project.throwawayDatabase()) {
            Schema atStart = atStart(replay, chain);
            project.runner(replay, RunListener.SILENT).run(planner -> planner.upgrade(chain.last().revision()));
            Schema atEnd = canonical(replay);
            // both sides are databases: key column order counts, so that the fold gives back the chain's end
            return new Folded(chain, SchemaDiff.compare(atStart, atEnd,
                    project.diffOptions().withKeyOrder(KeyOrder.EXACT)), atEnd);
        }
    }

    /**
     * Writes the squash of a folded chain, after proving it on a throwaway database where the chain
     * starts (applied, it gives the schema at the chain's end; its downgrade gives back the start)
     * unless {@code verify} is false; nothing is written when the proof fails. Returns the file.
     */
    public Path write(Folded folded, String message, boolean verify) {
        Chain chain = folded.chain();
        List<Operation> upgrade = folded.operations();
        NewMigration migration = new NewMigration(NewMigration.newRevisionId(), chain.parents(), Instant.now(), message);
        String source = MigrationWriter.write(migration.spec(project.config().migrationsPackage(), upgrade,
                        SchemaDiff.inverse(upgrade)).withNotes(project.dialect()::hazards)
                .withReplaces(chain.revisions()));
        if (verify) {
            try (DatabaseSession proof = project.throwawayDatabase()) {
                atStart(proof, chain);
                new MigrationProof(project, proof, "at " + chain.start(), TableFilter.ALL).prove(migration.className(), source,
                        folded.atEnd());
            }
        }
        return migration.write(project.config().migrationsDirectory(), source);
    }

    /** Brings a throwaway database to where the chain starts; returns its schema there. */
    private Schema atStart(DatabaseSession session, Chain chain) {
        Runner runner = project.runner(session, RunListener.SILENT);
        for (String parent : chain.parents()) {
            runner.run(planner -> planner.upgrade(parent));
        }
        return canonical(session);
    }

    /**
     * The whole schema, unfiltered: a squash reproduces everything its chain made, tables the
     * filter leaves to other tools included.
     */
    private Schema canonical(DatabaseSession session) {
        return project.canonicalize(session, project.introspectAll(session));
    }
}
