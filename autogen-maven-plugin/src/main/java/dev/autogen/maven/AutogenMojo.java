package dev.autogen.maven;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.workflow.ConfigWarnings;
import dev.autogen.workflow.Project;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * A goal of the autogen Maven plugin: the project's {@code autogen.toml} (or this plugin's
 * {@code <configuration>}, which wins key by key) with the project's compile classpath as the
 * entity classpath, and errors reported as one clear line.
 */
abstract class AutogenMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The configuration file; optional when the entity packages and migrations are configured here. */
    @Parameter(property = "autogen.config", defaultValue = "${project.basedir}/autogen.toml")
    File configFile;

    /**
     * Database URL (JDBC or postgresql://); overrides AUTOGEN_DATABASE_URL and autogen.toml. None
     * anywhere: the embedded PostgreSQL.
     */
    @Parameter(property = "autogen.url")
    String url;

    /** Packages holding the {@code @Entity} classes; overrides {@code [entities] packages}. */
    @Parameter
    List<String> entityPackages;

    /** Directory of the migration sources; overrides {@code [migrations] directory}. */
    @Parameter
    File migrationsDirectory;

    /** Java package of the migrations; overrides {@code [migrations] package}. */
    @Parameter
    String migrationsPackage;

    /** Skips the goal. */
    @Parameter(property = "autogen.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("autogen: skipped");
            return;
        }
        quietHibernate();
        try {
            run();
        } catch (AutogenException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** JUL keeps loggers weakly: hold them, or their levels are lost when they are collected. */
    private static final Logger[] QUIET = {Logger.getLogger("org.hibernate"), Logger.getLogger("org.postgresql")};

    /** Hibernate's start-up notices would fill the build log: it logs through JUL here, errors only. */
    private static void quietHibernate() {
        System.setProperty("org.jboss.logging.provider", "jdk");
        for (Logger logger : QUIET) {
            logger.setLevel(Level.SEVERE);
        }
    }

    /** Does the goal's work. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The project as autogen sees it, the database chosen by autogen.url, AUTOGEN_DATABASE_URL, then the file. */
    Project autogenProject() throws MojoExecutionException {
        return new Project(config(), Project.urlOverride("<url> (-Dautogen.url)", url, System.getenv()));
    }

    /** As {@link #autogenProject()}, first making sure the entities are compiled. */
    Project autogenProjectWithEntities() throws MojoExecutionException {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (!Files.isDirectory(classes)) {
            throw new MojoExecutionException("no compiled classes in " + project.getBasedir().toPath()
                    .relativize(classes) + "; run `mvn compile` first (e.g. mvn compile autogen:autogenerate ...)");
        }
        return autogenProject();
    }

    AutogenConfig config() throws MojoExecutionException {
        checkPackage("migrationsPackage", migrationsPackage, "com.acme.migrations");
        for (String name : entityPackages == null ? List.<String>of() : entityPackages) {
            checkPackage("entityPackages", name, "com.acme.model");
        }
        Path file = configFile.toPath();
        boolean configured = entityPackages != null && !entityPackages.isEmpty() && migrationsDirectory != null
                && migrationsPackage != null;
        if (!Files.isRegularFile(file) && !configured) {
            throw new MojoExecutionException("no " + file + "; write one (`autogen init`) or configure "
                    + "<entityPackages>, <migrationsDirectory> and <migrationsPackage> in the plugin's "
                    + "<configuration>");
        }
        AutogenConfig config = Files.isRegularFile(file)
                ? AutogenConfig.load(file, System.getenv())
                : new AutogenConfig(file, Optional.empty(), entityPackages, List.of(),
                        migrationsDirectory.toPath(), migrationsPackage, AutogenConfig.DEFAULT_VERSION_TABLE, Map.of())
                        .underSpringBoot(System.getenv(), true, false);
        ConfigWarnings.of(config).forEach(getLog()::warn);
        if (entityPackages != null && !entityPackages.isEmpty()) {
            config = config.withEntityPackages(entityPackages);
        }
        if (migrationsDirectory != null || migrationsPackage != null) {
            config = config.withMigrations(
                    migrationsDirectory == null ? config.migrationsDirectory() : migrationsDirectory.toPath(),
                    migrationsPackage == null ? config.migrationsPackage() : migrationsPackage);
        }
        return config.withClasspath(classpath());
    }

    /** A package parameter, checked as {@code autogen.toml}'s packages are, before anything is read or written. */
    private static void checkPackage(String parameter, String name, String example) throws MojoExecutionException {
        if (name != null && !javax.lang.model.SourceVersion.isName(name)) {
            throw new MojoExecutionException("<" + parameter + "> \"" + name + "\" is not a Java package name; write "
                    + "dot-separated identifiers that are not Java keywords, e.g. " + example);
        }
    }

    private List<Path> classpath() throws MojoExecutionException {
        try {
            return project.getCompileClasspathElements().stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("cannot resolve the compile classpath: " + e.getMessage(), e);
        }
    }
}
