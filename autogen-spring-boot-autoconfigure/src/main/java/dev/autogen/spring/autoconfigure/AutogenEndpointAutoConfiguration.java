package dev.autogen.spring.autoconfigure;

import dev.autogen.Autogen;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** {@code /actuator/autogen} when Actuator is present and the endpoint exposed. */
@AutoConfiguration(after = AutogenAutoConfiguration.class)
@ConditionalOnClass({Autogen.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnAvailableEndpoint(AutogenEndpoint.class)
public final class AutogenEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(AutogenMigrationInitializer.class)
    @ConditionalOnMissingBean
    AutogenEndpoint autogenEndpoint(Autogen autogen, AutogenMigrationInitializer initializer,
                                    AutogenProperties properties) {
        return new AutogenEndpoint(autogen, initializer, properties);
    }
}
