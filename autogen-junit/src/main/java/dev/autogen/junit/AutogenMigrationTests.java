package dev.autogen.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The configuration of a {@link MigrationTestKit} test class: where the entities and the
 * migrations are, and which PostgreSQL to test on. Give either {@link #config()} (the project's
 * {@code autogen.toml}) or {@link #entities()} and {@link #migrations()}; attributes given win
 * over the file. Entities and migrations are found on the test classpath, as the build compiled
 * them.
 *
 * <pre>{@code
 * @AutogenMigrationTests(entities = "com.acme.model", migrations = "com.acme.migrations")
 * class MigrationsTest extends MigrationTestKit {
 * }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AutogenMigrationTests {

    /** System property naming the server to test on (a JDBC or {@code postgresql://} URL). */
    String URL_PROPERTY = "autogen.test.url";

    /** Environment variable naming the server to test on, read when the system property is not set. */
    String URL_VARIABLE = "AUTOGEN_TEST_PG_URL";

    /**
     * The project's {@code autogen.toml}, relative to the working directory (the module's
     * directory in a Maven or Gradle build); its {@code [database] url} is never used.
     */
    String config() default "";

    /**
     * Whether to compile the migration sources of {@link #config()}'s {@code [migrations] directory}
     * as the command line does, instead of loading compiled migrations from the test classpath
     * (for migrations kept outside the build's source tree).
     */
    boolean sources() default false;

    /** Packages scanned for {@code @Entity}, {@code @Embeddable} and {@code @MappedSuperclass}. */
    String[] entities() default {};

    /** The package the migrations are compiled in (subpackages included). */
    String migrations() default "";

    /** Hibernate properties, as {@code "key=value"}, e.g. a physical naming strategy. */
    String[] hibernate() default {};

    /** The naming preset, {@code "spring"} or {@code "hibernate"} (the default), as in {@code autogen.toml}. */
    String naming() default "";

    /**
     * A server to test on instead of an embedded PostgreSQL; the kit creates a fresh database on
     * it for each test and drops it afterwards, so the user needs {@code CREATEDB}. When empty,
     * the system property {@value #URL_PROPERTY}, then the environment variable
     * {@value #URL_VARIABLE}, then {@code dev_database} of the configuration file decide.
     */
    String url() default "";
}
