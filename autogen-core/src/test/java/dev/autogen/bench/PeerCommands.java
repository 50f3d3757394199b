package dev.autogen.bench;

import dev.autogen.testing.TestDatabase;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines of the fresh JVMs the benchmarks time beside autogen's: Hibernate's validator and
 * updater ({@link HibernateSchemaTool}), Flyway ({@link FlywayMigrate}), autogen as a library
 * ({@link LibraryUpgrade}). Each runs with the JVM flags of autogen's command line
 * ({@link BenchProject#JVM_FLAGS}) and this JVM's class path (the test class path of
 * autogen-core, which holds Hibernate, Flyway and the PostgreSQL driver).
 */
final class PeerCommands {

    private PeerCommands() {
    }

    static List<String> java(List<String> extraClassPath, Class<?> main, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(BenchProject.JVM_FLAGS);
        List<String> classPath = new ArrayList<>(extraClassPath);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().toString()); // the peer runs in another directory
        }
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Hibernate's {@code hbm2ddl.auto=ACTION} on the entities of {@code project}, against {@code db}. */
    static List<String> hibernate(String action, BenchProject project, TestDatabase db) {
        return hibernate(action, project, db.url(), db);
    }

    /** The same against another database of {@code db}'s server, {@code url}. */
    static List<String> hibernate(String action, BenchProject project, String url, TestDatabase db) {
        String classes = project.dir().resolve("target/classes").toString();
        return java(List.of(classes), HibernateSchemaTool.class, action, url, nullToEmpty(db.user()),
                nullToEmpty(db.password()), classes, EntitySources.PACKAGE);
    }

    /** Flyway's {@code migrate} of the {@code V*.sql} files in {@code sqlDir} against {@code db}. */
    static List<String> flyway(TestDatabase db, Path sqlDir) {
        return java(List.of(), FlywayMigrate.class, db.url(), nullToEmpty(db.user()), nullToEmpty(db.password()),
                sqlDir.toString());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
