package dev.autogen.spring.autoconfigure;

import dev.autogen.config.AutogenConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;

/**
 * The package of the application's migrations: {@code autogen.migrations.package}, else the one the
 * command line's {@code autogen.toml} (in the working directory) names, else {@code db.migrations}
 * under the package of the {@code @SpringBootApplication}.
 */
final class MigrationsPackage {

    private MigrationsPackage() {
    }

    static String resolve(AutogenProperties properties, BeanFactory beanFactory) {
        if (properties.getMigrations().getPackage() != null) {
            return properties.getMigrations().getPackage();
        }
        Path toml = Path.of(AutogenConfig.FILE_NAME);
        if (Files.isRegularFile(toml)) {
            return AutogenConfig.loadWithoutDatabaseUrl(toml, System.getenv()).migrationsPackage();
        }
        List<String> packages = AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory)
                : List.of();
        if (packages.isEmpty()) {
            throw new IllegalStateException("autogen cannot tell where the migrations are: set "
                    + "autogen.migrations.package (e.g. com.acme.migrations)");
        }
        return packages.get(0) + ".db.migrations";
    }
}
