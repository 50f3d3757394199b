package dev.autogen.spring.autoconfigure;

import dev.autogen.Autogen;
import dev.autogen.AutogenException;
import dev.autogen.runtime.Step;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the migrations when the application context creates it, before JPA's EntityManagerFactory
 * (which Spring Boot makes depend on it, as on Flyway's initializer); keeps what it did for the
 * Actuator endpoint.
 */
public class AutogenMigrationInitializer implements InitializingBean {

    private static final Log LOG = LogFactory.getLog(AutogenMigrationInitializer.class);

    private final Autogen autogen;
    private final AutogenProperties properties;
    private Autogen.Upgrade result;

    public AutogenMigrationInitializer(Autogen autogen, AutogenProperties properties) {
        this.autogen = autogen;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        try {
            result = properties.isBaselineOnStart()
                    ? autogen.upgradeAdopting(properties.getTarget(), properties.getBaselineRevision())
                    : new Autogen.Upgrade(java.util.List.of(), autogen.upgrade(properties.getTarget()));
        } catch (AutogenException e) {
            throw new AutogenStartupException("autogen: could not migrate the database at start-up: "
                    + e.getMessage(), e);
        }
        if (!result.adopted().isEmpty()) {
            LOG.info("autogen adopted the database at baseline " + result.adopted().get(result.adopted().size() - 1)
                    + " (" + result.adopted().size() + " revision(s) recorded as applied, not run)");
        }
        LOG.info(result.steps().isEmpty() ? "autogen: the database is up to date"
                : "autogen applied " + result.steps().size() + " migration(s): " + String.join(", ",
                        result.steps().stream().map(Step::script).map(s -> s.shortRevision() + " " + s.message())
                                .toList()));
    }

    /** What start-up did: the revisions adopted and the migrations run. */
    public Autogen.Upgrade result() {
        return result;
    }

    /** Start-up failed to migrate; the message says why and what to do. */
    public static final class AutogenStartupException extends RuntimeException {

        AutogenStartupException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
