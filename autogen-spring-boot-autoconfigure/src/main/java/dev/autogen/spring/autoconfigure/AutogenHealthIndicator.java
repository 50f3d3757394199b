package dev.autogen.spring.autoconfigure;

import dev.autogen.Autogen;
import dev.autogen.runtime.Checksums;
import dev.autogen.runtime.MigrationStatus;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code autogen} health: UP when the database is at the target with no applied migration edited;
 * DOWN otherwise (unless {@code autogen.health.down-when-behind=false}), with what is pending.
 */
public class AutogenHealthIndicator extends AbstractHealthIndicator {

    private final Autogen autogen;
    private final AutogenProperties properties;

    public AutogenHealthIndicator(Autogen autogen, AutogenProperties properties) {
        super("autogen cannot read where the database stands");
        this.autogen = autogen;
        this.properties = properties;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrationStatus status = autogen.status(properties.getTarget());
        if (status.upToDate() || !properties.getHealth().isDownWhenBehind()) {
            builder.up();
        } else {
            builder.down();
        }
        builder.withDetail("current", status.current())
                .withDetail("pending", status.pending())
                .withDetail("edited", status.edited().stream().map(Checksums.Mismatch::script)
                        .map(s -> s.revision()).toList());
    }
}
