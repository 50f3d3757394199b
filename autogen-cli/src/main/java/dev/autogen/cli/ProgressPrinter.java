package dev.autogen.cli;

import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.RunListener;
import java.io.PrintWriter;

/** One line per migration as it runs, with its time: {@code Running upgrade 1a2b -> 3c4d, add x ... 12 ms}. */
final class ProgressPrinter implements RunListener {

    private final PrintWriter out;

    ProgressPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void starting(MigrationScript script, Direction direction) {
        String parents = script.parents().isEmpty() ? "" : String.join(", ", script.parents());
        String arrow = direction == Direction.UPGRADE
                ? parents + " -> " + script.revision()
                : script.revision() + " -> " + (parents.isEmpty() ? "base" : parents);
        out.print("Running " + direction.name().toLowerCase(java.util.Locale.ROOT) + " " + arrow.strip() + ", "
                + script.message() + " ... ");
        out.flush();
    }

    @Override
    public void finished(MigrationScript script, Direction direction, long millis) {
        out.println(millis + " ms");
        out.flush();
    }

    @Override
    public void waitingForLock(String holder, java.time.Duration waited, java.time.Duration timeout) {
        out.println("Waiting for the migration lock, held by " + holder + " (waited " + waited.toSeconds() + " s of "
                + timeout.toSeconds() + " s)");
        out.flush();
    }

    @Override
    public void retryingAfterLockTimeout(MigrationScript script, Direction direction, int attempt, int retries,
                                         java.time.Duration wait) {
        out.println("lock timeout: another transaction held a conflicting lock; rolled back, retry " + attempt
                + " of " + retries + " in " + wait.toMillis() + " ms");
        out.flush();
    }

    @Override
    public void failed(MigrationScript script, Direction direction) {
        out.println("failed");
        out.flush();
    }
}
