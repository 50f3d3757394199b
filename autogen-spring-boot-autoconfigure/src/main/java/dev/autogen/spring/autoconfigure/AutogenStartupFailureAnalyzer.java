package dev.autogen.spring.autoconfigure;

import dev.autogen.spring.autoconfigure.AutogenMigrationInitializer.AutogenStartupException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Start-up that failed to migrate, reported as Spring Boot reports a failed start ("APPLICATION FAILED
 * TO START"): autogen's one-line reason, and what to do, instead of a stack trace.
 */
public class AutogenStartupFailureAnalyzer extends AbstractFailureAnalyzer<AutogenStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AutogenStartupException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix what the message names (it says what to do next). To start without migrating, set "
                        + "autogen.enabled=false; `autogen current` and `autogen history` show where the database "
                        + "stands.", cause);
    }
}
