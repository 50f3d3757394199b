package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RevisionGraph;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The migrations a change adds, for its review: those after a revision ({@code check --since REV}),
 * or those whose source files git sees as added since a branch ({@code check --git-base origin/main}),
 * the way Atlas's {@code migrate lint --git-base} finds them. Always in the graph's order, parents
 * before children.
 */
public final class AddedMigrations {

    private static final long GIT_SECONDS = 60;

    private AddedMigrations() {
    }

    /** Every migration that {@code since} does not descend from; {@code base} means every migration. */
    public static List<MigrationScript> since(RevisionGraph graph, String since) {
        if (since.equals("base")) {
            return graph.ordered();
        }
        Set<String> before = graph.ancestorsOf(graph.resolveId(since));
        return graph.ordered().stream().filter(script -> !before.contains(script.revision())).toList();
    }

    /**
     * The migrations whose files were added since the merge base of {@code HEAD} and {@code ref}
     * ({@code git diff REF...HEAD}), and those not committed yet (untracked, not ignored). The
     * migrations' origins are paths relative to {@code baseDirectory}.
     */
    public static List<MigrationScript> sinceGitBase(Path baseDirectory, RevisionGraph graph, String ref) {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new AutogenException("--git-base takes a branch, tag or commit such as origin/main, not '" + ref + "'");
        }
        Set<String> added = new LinkedHashSet<>();
        added.addAll(git(baseDirectory, ref, "diff", "--name-only", "-z", "--relative", "--diff-filter=A",
                ref + "...HEAD", "--"));
        added.addAll(git(baseDirectory, ref, "ls-files", "-z", "--others", "--exclude-standard"));
        return graph.ordered().stream()
                .filter(script -> added.contains(script.origin().replace(java.io.File.separatorChar, '/')))
                .toList();
    }

    private static List<String> git(Path directory, String ref, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
        } catch (IOException e) {
            throw new AutogenException("--git-base needs git, which could not be started (" + e.getMessage()
                    + "); install git or use --since REV");
        }
        CompletableFuture<String> errors = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        String output = read(process.getInputStream());
        try {
            if (!process.waitFor(GIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AutogenException("git did not answer within " + GIT_SECONDS + " s; use --since REV instead");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AutogenException("interrupted while waiting for git");
        }
        if (process.exitValue() != 0) {
            String why = errors.join().lines().filter(line -> !line.isBlank()).findFirst().orElse("exit code "
                    + process.exitValue());
            throw new AutogenException("git cannot compare with '" + ref + "': " + why.strip() + "; in CI fetch the "
                    + "base branch too (actions/checkout with fetch-depth: 0), or use --since REV");
        }
        return output.isEmpty() ? List.of() : List.of(output.split("\0"));
    }

    private static String read(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
