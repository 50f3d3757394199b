package dev.autogen.entities;

import dev.autogen.AutogenException;
import dev.autogen.dialect.Dialect;
import dev.autogen.schema.Provenance;
import dev.autogen.schema.Schema;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.tool.schema.spi.DelayedDropRegistryNotAvailableImpl;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * The desired schema: what the entities of an {@link EntitySource} map to, read from Hibernate's
 * own mapping. Build it once per run; it holds Hibernate's metamodel until closed.
 *
 * <pre>{@code
 * try (EntityModel model = EntityModel.load(source, dialect)) {
 *     Schema desired = model.schema();
 * }
 * }</pre>
 */
public final class EntityModel implements AutoCloseable {

    private final HibernateModel hibernate;
    private final Schema schema;
    private final URLClassLoader loader;
    private final List<String> classNames;
    private final Dialect dialect;
    private final String defaultSchema;
    private Provenance provenance;

    private EntityModel(HibernateModel hibernate, Schema schema, URLClassLoader loader, List<String> classNames,
                        Dialect dialect, String defaultSchema) {
        this.hibernate = hibernate;
        this.schema = schema;
        this.loader = loader;
        this.classNames = classNames;
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
    }

    public static EntityModel load(EntitySource source, Dialect dialect) {
        List<String> classNames = EntityScanner.scan(source);
        URLClassLoader loader = new URLClassLoader(urls(source.classpath()), EntityModel.class.getClassLoader());
        HibernateModel hibernate = HibernateModel.build(loader, source.classpath(), classNames,
                source.hibernateProperties(), dialect.hibernateDialect());
        String defaultSchema = source.hibernateProperties().get("hibernate.default_schema");
        try {
            // what Hibernate would silently make different from what an entity asks for: one line naming it
            TableUses uses = new TableUses(hibernate.metadata());
            new NameLimits(hibernate.metadata(), dialect, uses).check();
            new SharedTables(hibernate.metadata(), uses).check();
            new RelationSpellings(hibernate.metadata(), dialect, defaultSchema, uses).check();
            Schema schema = new MetadataConverter(hibernate.metadata(), dialect, defaultSchema,
                    hibernate.explicitNames()).convert();
            ImplicitNameClashes.check(schema, dialect);
            return new EntityModel(hibernate, schema, loader, classNames, dialect, defaultSchema);
        } catch (RuntimeException e) {
            hibernate.close();
            closeQuietly(loader);
            throw e;
        }
    }

    /** The schema the entities want. */
    public Schema schema() {
        return schema;
    }

    /**
     * Where each part of {@link #schema()} came from (the annotation and the attribute), for
     * {@code --explain}: traced on the first call, which must come before {@link #close()} (it
     * reads every attribute's annotations again, so runs that explain nothing do not ask).
     */
    public Provenance provenance() {
        if (provenance == null) {
            provenance = new ProvenanceReader(hibernate.metadata(), dialect, defaultSchema).read();
        }
        return provenance;
    }

    /** The mapped classes found, sorted by name. */
    public List<String> classNames() {
        return classNames;
    }

    /** The class loader that holds the entities (migrations may refer to the same classes). */
    public ClassLoader classLoader() {
        return loader;
    }

    /**
     * The {@code CREATE} statements of Hibernate's own schema export, for comparison and tests,
     * with a {@code create schema if not exists} for every schema its tables and sequences name
     * (Hibernate's {@code hibernate.hbm2ddl.create_namespaces}, made safe to run where the schema
     * exists, e.g. {@code @Table(schema = "public")}).
     */
    public List<String> hibernateCreateDdl() {
        List<String> statements = new ArrayList<>();
        Path file;
        try {
            file = java.nio.file.Files.createTempFile("autogen-hbm2ddl", ".sql");
            java.nio.file.Files.delete(file);
            Map<String, Object> settings = new HashMap<>(hibernate.registry()
                    .requireService(org.hibernate.engine.config.spi.ConfigurationService.class).getSettings());
            settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
            settings.put("jakarta.persistence.schema-generation.scripts.create-target", file.toString());
            settings.put("hibernate.hbm2ddl.delimiter", ";");
            settings.put("hibernate.format_sql", "false");
            settings.put("hibernate.hbm2ddl.create_namespaces", "true");
            SchemaManagementToolCoordinator.process(hibernate.metadata(), hibernate.registry(), settings,
                    DelayedDropRegistryNotAvailableImpl.INSTANCE);
            for (String line : java.nio.file.Files.readAllLines(file)) {
                String sql = line.strip();
                if (sql.endsWith(";")) {
                    sql = sql.substring(0, sql.length() - 1);
                }
                if (sql.regionMatches(true, 0, "create schema ", 0, 14)) {
                    sql = "create schema if not exists " + sql.substring(14);
                }
                if (!sql.isEmpty()) {
                    statements.add(sql);
                }
            }
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new AutogenException("cannot write Hibernate's schema export: " + e.getMessage(), e);
        }
        return statements;
    }

    @Override
    public void close() {
        hibernate.close();
        try {
            loader.close();
        } catch (java.io.IOException ignored) {
            // nothing useful to do
        }
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (java.io.IOException ignored) {
            // nothing useful to do
        }
    }

    private static URL[] urls(List<Path> classpath) {
        try {
            URL[] urls = new URL[classpath.size()];
            for (int i = 0; i < urls.length; i++) {
                urls[i] = classpath.get(i).toUri().toURL();
            }
            return urls;
        } catch (MalformedURLException e) {
            throw new AutogenException("bad classpath entry: " + e.getMessage(), e);
        }
    }
}
