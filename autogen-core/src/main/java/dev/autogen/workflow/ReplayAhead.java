package dev.autogen.workflow;

/**
 * The proof's throwaway server at head ({@link HeadReplay}) started on a thread of its own while
 * the first thread builds the entities' metadata and compares them with a live database: by the
 * time {@code -m} proves its migration the server is up. Errors come out where the server is
 * needed ({@link #replay()}), as they would had it been started then; a server nobody took is
 * stopped on {@link #close()}.
 */
final class ReplayAhead implements AutoCloseable {

    private final Thread thread;
    private HeadReplay replay;
    private Throwable failure;
    private boolean taken;

    private ReplayAhead(Project project) {
        this.thread = new Thread(() -> {
            try {
                replay = HeadReplay.start(project);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }, "autogen-proof-server");
        thread.setDaemon(true); // never keeps a JVM alive; close() always waits for it
    }

    /** Starts the server at head for {@code project}, whose migrations are loaded. */
    static ReplayAhead start(Project project) {
        ReplayAhead ahead = new ReplayAhead(project);
        ahead.thread.start();
        return ahead;
    }

    /** Waits for the server and returns it, the caller's to close; or throws what stopped it. */
    HeadReplay replay() {
        join();
        taken = true;
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return replay;
    }

    /** Waits for the server and returns it, the caller's to close; empty when it failed to start. */
    java.util.Optional<HeadReplay> started() {
        join();
        if (failure != null) {
            return java.util.Optional.empty();
        }
        taken = true;
        return java.util.Optional.ofNullable(replay);
    }

    /** Waits for the thread and stops the server unless {@link #replay()} handed it over. */
    @Override
    public void close() {
        join();
        if (!taken && replay != null) {
            replay.close();
        }
    }

    private void join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the thread holds a server: wait for it all the same
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
