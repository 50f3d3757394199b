package dev.autogen.spring.autoconfigure;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Marks autogen's migration initializer as a database initializer, so that Spring Boot makes the
 * beans that use the database (the EntityManagerFactory, JdbcTemplate, ...) wait for it.
 */
public class AutogenDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(AutogenMigrationInitializer.class);
    }
}
