package dev.autogen.runtime;

import java.time.Instant;
import java.util.List;

/** A row of the version table: a migration applied to this database, when, by whom and how fast. */
public record AppliedRevision(String revision, List<String> parents, String message, String checksum,
                              Instant appliedAt, String appliedBy, long executionMillis) {

    public AppliedRevision {
        parents = List.copyOf(parents);
    }
}
