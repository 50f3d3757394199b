package dev.autogen.spring.autoconfigure;

import dev.autogen.Autogen;
import dev.autogen.runtime.AppliedRevision;
import dev.autogen.runtime.Checksums;
import dev.autogen.runtime.MigrationStatus;
import dev.autogen.runtime.Step;
import java.util.List;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/autogen}: the revisions applied to the database (read now), where it stands, what
 * is pending, the heads, the applied migrations edited since, and what start-up did.
 */
@Endpoint(id = "autogen")
public class AutogenEndpoint {

    private final Autogen autogen;
    private final AutogenMigrationInitializer initializer;
    private final String target;

    public AutogenEndpoint(Autogen autogen, AutogenMigrationInitializer initializer, AutogenProperties properties) {
        this.autogen = autogen;
        this.initializer = initializer;
        this.target = properties.getTarget();
    }

    @ReadOperation
    public Report report() {
        MigrationStatus status = autogen.status(target);
        Autogen.Upgrade startup = initializer.result();
        return new Report(
                status.applied().stream().map(Applied::of).toList(),
                status.current(), status.pending(), status.heads(),
                status.edited().isEmpty() ? "valid" : "edited",
                status.edited().stream().map(Checksums.Mismatch::script).map(s -> s.revision()).toList(),
                status.upToDate(),
                new Startup(startup == null ? List.of() : startup.adopted(),
                        startup == null ? List.of() : startup.steps().stream().map(Step::script)
                                .map(s -> s.revision()).toList()));
    }

    /** The endpoint's answer. */
    public record Report(List<Applied> applied, List<String> current, List<String> pending, List<String> heads,
                         String checksums, List<String> edited, boolean upToDate, Startup startup)
            implements OperationResponseBody {
    }

    /** A row of the version table. */
    public record Applied(String revision, String message, String checksum, String appliedAt, String appliedBy,
                          long executionMillis) {

        static Applied of(AppliedRevision row) {
            return new Applied(row.revision(), row.message(), row.checksum(), row.appliedAt().toString(),
                    row.appliedBy(), row.executionMillis());
        }
    }

    /** What this instance's start-up did: revisions adopted without running, and migrations run. */
    public record Startup(List<String> adopted, List<String> applied) {
    }
}
