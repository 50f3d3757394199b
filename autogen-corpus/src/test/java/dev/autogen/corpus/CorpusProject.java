package dev.autogen.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.autogen.testing.TestDatabase;
import java.util.List;
import java.util.stream.Stream;

/**
 * One project of the adoption corpus: its published jars (copied by Maven under
 * {@code target/corpus/NAME/}), how it builds its own database from the schema those jars ship, and
 * how autogen is to read its entities.
 */
interface CorpusProject {

    /** The directory name under {@code target/corpus/} and {@code src/test/resources/corpus/}. */
    String name();

    /** The packages autogen scans for the project's entities. */
    List<String> entityPackages();

    /** autogen's {@code [entities] naming}: {@code "hibernate"}, or {@code "spring"} for a Spring Boot project. */
    String naming();

    /** Tables of the tool that built the database (its history), which autogen is told to leave alone. */
    List<String> excluded();

    /** Some tables the project's schema must have created: the build really ran. */
    List<String> someTables();

    /** Builds the project's database on an empty one, the way the project does, from its jars. */
    void buildDatabase(TestDatabase database, ClassLoader jars) throws Exception;

    /** The project's jars, sorted by name. */
    default List<Path> jars() {
        Path dir = Path.of(System.getProperty("autogen.corpus.dir", "target/corpus")).resolve(name());
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " does not exist: run the build through Maven, which copies the corpus jars there");
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.toString().endsWith(".jar")).map(Path::toAbsolutePath).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class loader over the project's jars, whose parent is this test's class path (Liquibase, Flyway, Hibernate). */
    default URLClassLoader classLoader() {
        URL[] urls = jars().stream().map(p -> {
            try {
                return p.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(URL[]::new);
        return new URLClassLoader("corpus-" + name(), urls, CorpusProject.class.getClassLoader());
    }
}
