package dev.autogen.spring.sample;

import dev.autogen.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Spring's properties for a test database, and an application started on one. */
public final class ShopDatabase {

    private ShopDatabase() {
    }

    /** The {@code spring.datasource.*} properties of {@code database}. */
    public static List<String> properties(TestDatabase database) {
        List<String> out = new ArrayList<>(List.of("spring.datasource.url=" + database.url()));
        if (database.user() != null) {
            out.add("spring.datasource.username=" + database.user());
            out.add("spring.datasource.password=" + database.password());
        }
        return out;
    }

    public static void register(DynamicPropertyRegistry registry, TestDatabase database) {
        for (String property : properties(database)) {
            int eq = property.indexOf('=');
            registry.add(property.substring(0, eq), () -> property.substring(eq + 1));
        }
    }

    /** Starts {@code application} with no web server on {@code database}, with more properties. */
    public static ConfigurableApplicationContext start(Class<?> application, TestDatabase database,
                                                       String... properties) {
        List<String> all = new ArrayList<>(properties(database));
        all.add("spring.main.banner-mode=off");
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
                .properties(all.toArray(String[]::new)).run();
    }
}
