package dev.autogen.embedded;

import java.util.Map;

/**
 * A throwaway server whose lock table holds a few hundred locks (PostgreSQL's defaults hold some
 * 6,400; autogen's own servers far more): what a migration or a canonicalisation too large for a
 * user's server meets, at a size a test can reach in seconds.
 */
public final class SmallLockTableServer {

    private SmallLockTableServer() {
    }

    public static EmbeddedServer start() {
        return ThrowawayCluster.start(Map.of("max_locks_per_transaction", "10", "max_connections", "20"));
    }
}
