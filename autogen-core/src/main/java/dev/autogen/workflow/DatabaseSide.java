package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.runtime.Planner;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener;
import dev.autogen.schema.Schema;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The database side of a comparison ({@code -m}, {@code check}), made ready on a second thread
 * while the first loads the migrations and builds the entities' metadata: the live database
 * connected, found at head, its schema read and canonicalised; or, with no database, the throwaway
 * server started at head ({@link Autogenerate}'s {@code throwawayAtHead}), its whole schema read and
 * canonicalised.
 *
 * <p>Errors come out as they would one after the other: the first thread's (migrations, then
 * entities) before this one's, which {@link #current()} throws as it was thrown. A database that is
 * not needed any more (the first thread failed) is not touched further: the thread stops at its next
 * step, and {@link #close()} waits for it and closes a connection it opened; the throwaway server
 * stays the caller's, as before, stopped when the caller closes.
 *
 * <pre>{@code
 * try (DatabaseSide database = DatabaseSide.live(project)) {
 *     database.migrationsLoaded(project.migrations());
 *     Schema desired = ...; // the entities, meanwhile
 *     DatabaseSide.Current current = database.current();
 * }
 * }</pre>
 */
final class DatabaseSide implements AutoCloseable {

    /** The migrations loaded; the other thread waits for them (the runner needs them). */
    private final CompletableFuture<RevisionGraph> migrations = new CompletableFuture<>();
    private final Thread thread;
    private final boolean ownsSession;
    private volatile boolean abandoned;
    private volatile DatabaseSession session;
    private Current result;
    private Throwable failure;
    private boolean handedOver;

    /**
     * What the database holds: the session (still open), the schemas read, the schema as read and as
     * the database spells it, without the tables the project leaves alone.
     */
    record Current(DatabaseSession session, Set<String> schemas, Schema introspected, Schema canonical) {
    }

    private interface Work {
        Current run(DatabaseSide side);
    }

    private DatabaseSide(String name, boolean ownsSession, Work work) {
        this.ownsSession = ownsSession;
        this.thread = new Thread(() -> {
            try {
                result = work.run(this);
            } catch (Abandoned ignored) {
                // the first thread failed: its error is the one reported
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }, name);
        thread.setDaemon(true); // never keeps a JVM alive; compare() always waits for it
    }

    /**
     * Starts on the configured live database: connects, checks that it is at head, reads the
     * project's schemas ({@code [schema] schemas} and the default one; {@link #current()}'s caller
     * reads again when the entities use another) and canonicalises them.
     */
    static DatabaseSide live(Project project) {
        return started(new DatabaseSide("autogen-live-database", true, side -> {
            DatabaseSession session = side.opened(project.openDatabase());
            RevisionGraph graph = side.awaitMigrations();
            Planner planner = project.runner(session, RunListener.SILENT).planner();
            if (!planner.isAtHead()) {
                String head = graph.head();
                throw new AutogenException("the database " + session.description() + " is not at head ("
                        + describe(planner.current()) + ", head is " + describe(head == null ? List.of()
                        : List.of(head)) + "); run `autogen upgrade head` first");
            }
            side.check();
            Set<String> schemas = new TreeSet<>(project.config().schemas());
            return read(project, session, schemas);
        }));
    }

    /**
     * Starts on a throwaway server brought to head by {@code atHead} (once the migrations are
     * loaded), whose whole schema it reads and canonicalises.
     */
    static DatabaseSide throwaway(Project project, Supplier<DatabaseSession> atHead) {
        return started(new DatabaseSide("autogen-throwaway-database", false, side -> {
            side.awaitMigrations();
            DatabaseSession session = side.opened(atHead.get());
            side.check();
            Schema introspected = project.introspectAll(session);
            side.check();
            Schema canonical = project.config().tableFilter().apply(project.canonicalize(session, introspected));
            return new Current(session, Set.of(), introspected, canonical);
        }));
    }

    /** The schemas {@code schemas} of a database read and canonicalised, as a comparison uses them. */
    static Current read(Project project, DatabaseSession session, Set<String> schemas) {
        Schema introspected = project.introspect(session, schemas);
        Schema canonical = project.config().tableFilter().apply(project.canonicalize(session, introspected));
        return new Current(session, Set.copyOf(schemas), introspected, canonical);
    }

    private static DatabaseSide started(DatabaseSide side) {
        side.thread.start();
        return side;
    }

    /** Hands the loaded migrations to the other thread, or {@code load}'s failure, which is thrown here. */
    RevisionGraph migrationsLoaded(Supplier<RevisionGraph> load) {
        try {
            RevisionGraph graph = load.get();
            migrations.complete(graph);
            return graph;
        } catch (RuntimeException | Error e) {
            abandon();
            throw e;
        }
    }

    /**
     * Waits for the database side and returns it, or throws what stopped it; after this, closing
     * the session is the caller's.
     */
    Current current() {
        join();
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (result == null) {
            throw new IllegalStateException("the database side was abandoned");
        }
        handedOver = true;
        return result;
    }

    /** Stops the other thread at its next step (the first thread failed) and waits for it; closes what it opened. */
    @Override
    public void close() {
        if (!handedOver) {
            abandon();
        }
        join();
        DatabaseSession opened = session;
        if (!handedOver && ownsSession && opened != null) {
            opened.close();
        }
    }

    private void abandon() {
        abandoned = true;
        migrations.completeExceptionally(new Abandoned());
    }

    private void join() {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the thread holds a server or a connection: wait for it all the same
                abandon();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private DatabaseSession opened(DatabaseSession opened) {
        session = opened;
        return opened;
    }

    private RevisionGraph awaitMigrations() {
        try {
            return migrations.get();
        } catch (ExecutionException e) {
            throw new Abandoned();
        } catch (InterruptedException e) {
            throw new Abandoned();
        }
    }

    private void check() {
        if (abandoned) {
            throw new Abandoned();
        }
    }

    private static String describe(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(", ", revisions);
    }

    /** The first thread failed and the database side is not needed: the thread stops. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }
}
