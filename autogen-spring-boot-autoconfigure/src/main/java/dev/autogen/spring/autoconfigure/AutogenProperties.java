package dev.autogen.spring.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code autogen.*} properties of a Spring Boot application: which migrations run at start-up,
 * against which database, and what start-up checks.
 *
 * <pre>
 * autogen.migrations.package=com.acme.migrations
 * autogen.baseline-on-start=true
 * </pre>
 */
@ConfigurationProperties("autogen")
public class AutogenProperties {

    /** Whether autogen applies migrations at start-up. */
    private boolean enabled = true;

    /** Where start-up upgrades to: head, a revision id or prefix, REV+N. */
    private String target = "head";

    /** JDBC URL of a database to migrate instead of the application's DataSource. */
    private String url;

    /** A separate migration user; with no url, it connects to the application's database. */
    private String user;

    /** The migration user's password. */
    private String password;

    /** How long start-up waits for another instance that holds the migration lock. */
    private Duration lockTimeout = Duration.ofMinutes(1);

    /** Whether start-up fails when a migration was edited after it was applied to this database. */
    private boolean validateOnStart = true;

    /**
     * Whether start-up adopts a database that holds tables and no autogen history (one that Flyway,
     * Liquibase or a person built): the baseline revision is recorded as applied without running.
     */
    private boolean baselineOnStart = false;

    /** The revision recorded by baseline-on-start; the first migration when not set. */
    private String baselineRevision;

    /** autogen's version table (schema-qualified if need be). */
    private String versionTable = "autogen_version";

    private final Migrations migrations = new Migrations();

    private final Health health = new Health();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public boolean isValidateOnStart() {
        return validateOnStart;
    }

    public void setValidateOnStart(boolean validateOnStart) {
        this.validateOnStart = validateOnStart;
    }

    public boolean isBaselineOnStart() {
        return baselineOnStart;
    }

    public void setBaselineOnStart(boolean baselineOnStart) {
        this.baselineOnStart = baselineOnStart;
    }

    public String getBaselineRevision() {
        return baselineRevision;
    }

    public void setBaselineRevision(String baselineRevision) {
        this.baselineRevision = baselineRevision;
    }

    public String getVersionTable() {
        return versionTable;
    }

    public void setVersionTable(String versionTable) {
        this.versionTable = versionTable;
    }

    public Migrations getMigrations() {
        return migrations;
    }

    public Health getHealth() {
        return health;
    }

    /** {@code autogen.migrations.*}: where the migrations are. */
    public static class Migrations {

        /**
         * Java package of the migrations on the classpath; else the one autogen.toml names, else
         * db.migrations under the @SpringBootApplication's package.
         */
        private String packageName;

        public String getPackage() {
            return packageName;
        }

        public void setPackage(String packageName) {
            this.packageName = packageName;
        }
    }

    /** {@code autogen.health.*}: what the health indicator reports. */
    public static class Health {

        /** Whether the health is DOWN while migrations are pending or an applied one was edited. */
        private boolean downWhenBehind = true;

        public boolean isDownWhenBehind() {
            return downWhenBehind;
        }

        public void setDownWhenBehind(boolean downWhenBehind) {
            this.downWhenBehind = downWhenBehind;
        }
    }
}
