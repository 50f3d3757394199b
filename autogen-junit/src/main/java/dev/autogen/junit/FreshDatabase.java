package dev.autogen.junit;

import dev.autogen.workflow.DatabaseSession;

/** An empty database made for one test, dropped on {@link #close()}. */
final class FreshDatabase implements AutoCloseable {

    private final DatabaseSession session;
    private final Runnable drop;

    FreshDatabase(DatabaseSession session, Runnable drop) {
        this.session = session;
        this.drop = drop;
    }

    DatabaseSession session() {
        return session;
    }

    @Override
    public void close() {
        try {
            session.close();
        } finally {
            drop.run();
        }
    }
}
