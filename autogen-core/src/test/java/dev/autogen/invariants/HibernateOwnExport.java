package dev.autogen.invariants;

import dev.autogen.entities.EntitySource;
import dev.autogen.testing.TestDatabase;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The schema Hibernate itself creates, the way an application gets it: a {@code SessionFactory}
 * built on the database with {@code jakarta.persistence.schema-generation.database.action = create}
 * (Bean Validation applied, columns ordered, the PostgreSQL version read from the server), none of
 * autogen's own reading of the mapping involved. Any statement that fails fails the export.
 */
final class HibernateOwnExport {

    /** Bean Validation as an application configures it, once for every export (it keeps no state of theirs). */
    private static final ValidatorFactory VALIDATION = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

    private HibernateOwnExport() {
    }

    /**
     * Creates the schema; false, with nothing created, when Hibernate refuses to build a
     * {@code SessionFactory} for a mapping its metamodel accepts (its {@code Metadata.validate()}:
     * {@code Character[]} without {@code hibernate.type.wrapper_array_handling}, for one).
     */
    static boolean create(String version, TestDatabase db) throws Exception {
        EntitySource source = ScenarioHarness.source(version);
        List<String> classNames = ScenarioHarness.mapping(version).classNames();
        Map<String, Object> settings = new HashMap<>(source.hibernateProperties());
        settings.put("jakarta.persistence.jdbc.url", db.url());
        if (db.user() != null) {
            settings.put("jakarta.persistence.jdbc.user", db.user());
            settings.put("jakarta.persistence.jdbc.password", db.password());
        }
        settings.put("jakarta.persistence.schema-generation.database.action", "create");
        settings.put("hibernate.hbm2ddl.create_namespaces", "true");
        settings.put("hibernate.hbm2ddl.halt_on_error", "true");
        settings.put("jakarta.persistence.validation.factory", VALIDATION);
        ClassLoader loader = ScenarioHarness.class.getClassLoader();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(
                new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build()).applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            for (String name : classNames) {
                sources.addAnnotatedClass(Class.forName(name, false, loader));
            }
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                factory.getMetamodel();
            } catch (org.hibernate.MappingException e) {
                return false;
            }
            return true;
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
