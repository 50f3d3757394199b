package dev.autogen.bench;

import jakarta.persistence.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * A peer for the benchmarks: Hibernate's own schema tool on the same entities, in a fresh JVM
 * started by {@link PeerCommands}, as {@code hibernate.hbm2ddl.auto=validate} (its validator:
 * tables, columns and their types, sequences) or {@code =update} (its updater, which adds what is
 * missing) runs it at an application's start: boot the metadata of the entity classes, then
 * {@code SchemaManagementToolCoordinator.process} against the database. No session factory is
 * built (less work than an application's start, so the comparison favours Hibernate).
 * Usage: {@code HibernateSchemaTool validate|update JDBC_URL USER PASSWORD CLASSES_DIR PACKAGE};
 * the classes directory must be on the class path too. Prints the metadata build's time; a schema
 * that fails validation is an exception and a non-zero exit.
 */
public final class HibernateSchemaTool {

    private HibernateSchemaTool() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        String action = args[0];
        Path packageDir = Path.of(args[4]).resolve(args[5].replace('.', '/'));
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("jakarta.persistence.jdbc.url", args[1])
                .applySetting("jakarta.persistence.jdbc.user", args[2])
                .applySetting("jakarta.persistence.jdbc.password", args[3])
                .applySetting("hibernate.hbm2ddl.auto", action)
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> entity : entities(packageDir, args[5])) {
                sources.addAnnotatedClass(entity);
            }
            Metadata metadata = sources.buildMetadata();
            long built = System.nanoTime();
            SchemaManagementToolCoordinator.process(metadata, registry,
                    registry.requireService(ConfigurationService.class).getSettings(), dropAction -> { });
            long done = System.nanoTime();
            System.out.printf("metadata %d ms, %s %d ms%n", (built - start) / 1_000_000, action,
                    (done - built) / 1_000_000);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
        System.exit(0);
    }

    private static List<Class<?>> entities(Path packageDir, String packageName) throws Exception {
        ClassLoader loader = HibernateSchemaTool.class.getClassLoader();
        try (Stream<Path> files = Files.list(packageDir)) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class"))
                    .map(n -> packageName + "." + n.substring(0, n.length() - ".class".length())).sorted().toList();
            List<Class<?>> result = new java.util.ArrayList<>();
            for (String name : names) {
                Class<?> c = Class.forName(name, false, loader);
                if (c.isAnnotationPresent(Entity.class)) {
                    result.add(c);
                }
            }
            return result;
        }
    }
}
