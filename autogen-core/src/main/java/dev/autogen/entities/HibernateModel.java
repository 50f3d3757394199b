package dev.autogen.entities;

import dev.autogen.AutogenException;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.registry.selector.spi.StrategySelector;
import org.hibernate.cfg.MappingSettings;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.engine.jdbc.spi.JdbcServices;

/**
 * Hibernate's boot metamodel of a set of entity classes: {@code MetadataSources} → {@code Metadata}
 * with Bean Validation's DDL constraints applied as Hibernate applies them, and never a
 * SessionFactory. Hibernate types stay inside this package.
 */
final class HibernateModel implements AutoCloseable {

    private final StandardServiceRegistry registry;
    private final Metadata metadata;
    private final ExplicitNameRecorder explicitNames;

    private HibernateModel(StandardServiceRegistry registry, Metadata metadata, ExplicitNameRecorder explicitNames) {
        this.registry = registry;
        this.metadata = metadata;
        this.explicitNames = explicitNames;
    }

    /**
     * @param classpath the entity classpath {@code loader} searches, named in the message when a class is missing
     */
    static HibernateModel build(ClassLoader loader, List<java.nio.file.Path> classpath, List<String> classNames,
                                Map<String, String> properties, String hibernateDialect) {
        Map<String, Object> settings = new HashMap<>(properties);
        settings.putIfAbsent(JdbcSettings.DIALECT, hibernateDialect);
        settings.put(JdbcSettings.ALLOW_METADATA_ON_BOOT, "false");
        settings.putIfAbsent(JdbcSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, "14");
        ConstraintsAhead constraints = ConstraintsAhead.start(loader, classNames);
        StandardServiceRegistry registry;
        try {
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                    .applyClassLoaderService(new MissCachingClassLoaderService(loader)).build();
            registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
        } catch (RuntimeException | Error e) {
            constraints.close();
            throw e;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (String name : classNames) {
                sources.addAnnotatedClass(Class.forName(name, false, loader));
            }
            ExplicitNameRecorder explicitNames = new ExplicitNameRecorder(registry.requireService(StrategySelector.class)
                    .resolveDefaultableStrategy(ImplicitNamingStrategy.class,
                            settings.get(MappingSettings.IMPLICIT_NAMING_STRATEGY),
                            ImplicitNamingStrategyJpaCompliantImpl.INSTANCE));
            Metadata metadata = sources.getMetadataBuilder().applyImplicitNamingStrategy(explicitNames).build();
            applyBeanValidation(metadata, registry, settings, constraints.factory());
            // what a SessionFactory does after its integrators (Bean Validation's lengths count) and
            // before its schema export: the columns of tables, of composite primary keys and of the
            // foreign keys to them in Hibernate's column order (by size, then name), unless
            // hibernate.column_ordering_strategy = legacy
            ((MetadataImplementor) metadata).orderColumns(true);
            return new HibernateModel(registry, metadata, explicitNames);
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            if (e instanceof AutogenException a) {
                throw a;
            }
            throw MappingFailure.of(e, classpath, classNames, name -> classFile(loader, name));
        } finally {
            constraints.close();
            thread.setContextClassLoader(previous);
        }
    }

    Metadata metadata() {
        return metadata;
    }

    /** Which foreign key and index names the entities chose on purpose rather than left to Hibernate. */
    ExplicitNameRecorder explicitNames() {
        return explicitNames;
    }

    StandardServiceRegistry registry() {
        return registry;
    }

    org.hibernate.dialect.Dialect dialect() {
        return registry.requireService(JdbcServices.class).getDialect();
    }

    @Override
    public void close() {
        StandardServiceRegistryBuilder.destroy(registry);
    }

    /**
     * NOT NULL, lengths and the rest from Bean Validation, exactly as Hibernate's integrator does
     * when it builds a SessionFactory: through {@code TypeSafeActivator.applyRelationalConstraints},
     * a public method of a package-private class, hence the reflection. {@code ahead}: the factory
     * with the entities' constraints read on another thread meanwhile ({@link ConstraintsAhead}),
     * or null to build one here.
     */
    private static void applyBeanValidation(Metadata metadata, StandardServiceRegistry registry,
                                            Map<String, Object> settings, ValidatorFactory ahead) {
        ValidatorFactory factory = ahead != null ? ahead : ConstraintsAhead.buildFactory();
        try {
            ClassLoaderAccess access = new ClassLoaderAccessImpl(null, registry.getService(ClassLoaderService.class));
            Method apply = Class.forName("org.hibernate.boot.beanvalidation.TypeSafeActivator")
                    .getMethod("applyRelationalConstraints", ValidatorFactory.class, Collection.class, Map.class,
                            org.hibernate.dialect.Dialect.class, ClassLoaderAccess.class);
            apply.setAccessible(true);
            apply.invoke(null, factory, metadata.getEntityBindings(), settings,
                    registry.requireService(JdbcServices.class).getDialect(), access);
        } catch (InvocationTargetException e) {
            // the cause says what failed (a missing class, a static initialiser): MappingFailure reads it
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Hibernate version has no TypeSafeActivator.applyRelationalConstraints", e);
        } finally {
            factory.close();
        }
    }

    /** The bytes of a class file the loader finds, or null. */
    private static byte[] classFile(ClassLoader loader, String className) {
        try (java.io.InputStream in = loader.getResourceAsStream(className.replace('.', '/') + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
