package dev.autogen.api;

/**
 * A migration: what {@link #upgrade} changes and how {@link #downgrade} undoes it. Implementations
 * carry a {@link Revision} annotation naming their revision and parents.
 *
 * <pre>{@code
 * @Revision(id = "3f2a9c1b7d0e", parents = "1a2b3c4d5e6f", message = "add archived_at")
 * public final class M20261122_224000_add_archived_at implements Migration {
 *     public void upgrade(Op op) {
 *         op.addColumn("interviews", column("archived_at", "timestamp(6) with time zone"));
 *     }
 *     public void downgrade(Op op) {
 *         op.dropColumn("interviews", column("archived_at", "timestamp(6) with time zone"));
 *     }
 * }
 * }</pre>
 */
public interface Migration {

    void upgrade(Op op) throws Exception;

    void downgrade(Op op) throws Exception;
}
