package dev.autogen.spring.autoconfigure;

import dev.autogen.Autogen;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/** The {@code autogen} health indicator ({@code management.health.autogen.enabled}, on by default). */
@AutoConfiguration(after = AutogenAutoConfiguration.class)
@ConditionalOnClass({Autogen.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(AutogenMigrationInitializer.class)
@ConditionalOnEnabledHealthIndicator("autogen")
public final class AutogenHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "autogenHealthIndicator")
    AutogenHealthIndicator autogenHealthIndicator(Autogen autogen, AutogenProperties properties) {
        return new AutogenHealthIndicator(autogen, properties);
    }
}
