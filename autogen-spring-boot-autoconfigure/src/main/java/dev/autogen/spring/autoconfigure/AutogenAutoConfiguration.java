package dev.autogen.spring.autoconfigure;

import dev.autogen.Autogen;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Applies the application's autogen migrations at start-up, on its DataSource (or on
 * {@code autogen.url}), before JPA's EntityManagerFactory starts — the ordering Spring Boot gives
 * Flyway: the initializer is a database initializer ({@link AutogenDatabaseInitializerDetector}), on
 * which the EntityManagerFactory and JdbcTemplate beans are made to depend.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass(Autogen.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "autogen.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AutogenProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class AutogenAutoConfiguration {

    /** The migrations of the application, loaded from its classpath, and the database they run on. */
    @Bean
    @ConditionalOnMissingBean
    Autogen autogen(AutogenProperties properties, ObjectProvider<DataSource> dataSource, BeanFactory beanFactory,
                    ResourceLoader resourceLoader) {
        ClassLoader classLoader = resourceLoader.getClassLoader() != null ? resourceLoader.getClassLoader()
                : AutogenAutoConfiguration.class.getClassLoader();
        return Autogen.configure()
                .dataSource(migrationDataSource(properties, dataSource.getIfUnique()))
                .migrations(MigrationsPackage.resolve(properties, beanFactory))
                .classLoader(classLoader)
                .versionTable(properties.getVersionTable())
                .lockTimeout(properties.getLockTimeout())
                .verifyChecksums(properties.isValidateOnStart())
                .listener(new LoggingRunListener())
                .load();
    }

    @Bean
    @ConditionalOnMissingBean
    AutogenMigrationInitializer autogenMigrationInitializer(Autogen autogen, AutogenProperties properties) {
        return new AutogenMigrationInitializer(autogen, properties);
    }

    /** Tells Spring Boot that autogen manages the schema of this DataSource: ddl-auto defaults to none. */
    @Bean
    AutogenSchemaManagementProvider autogenSchemaManagementProvider(ObjectProvider<DataSource> dataSource) {
        return new AutogenSchemaManagementProvider(dataSource);
    }

    /** The application's DataSource, or one for {@code autogen.url} / the separate migration user. */
    static DataSource migrationDataSource(AutogenProperties properties, DataSource application) {
        if (properties.getUrl() != null) {
            return DataSourceBuilder.create().type(SimpleDriverDataSource.class).url(properties.getUrl())
                    .username(properties.getUser()).password(properties.getPassword()).build();
        }
        if (application == null) {
            throw new IllegalStateException("autogen needs a DataSource: the application has none (or several); "
                    + "set autogen.url, or spring.datasource.url");
        }
        if (properties.getUser() != null) {
            return DataSourceBuilder.derivedFrom(application).type(SimpleDriverDataSource.class)
                    .username(properties.getUser()).password(properties.getPassword()).build();
        }
        return application;
    }

    /** With Hibernate: writing ddl-auto modes are turned off, with a log line, since migrations own the schema. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HibernatePropertiesCustomizer.class)
    static class HibernateDdlConfiguration {

        @Bean
        AutogenDdlAutoCustomizer autogenDdlAutoCustomizer() {
            return new AutogenDdlAutoCustomizer();
        }
    }
}
