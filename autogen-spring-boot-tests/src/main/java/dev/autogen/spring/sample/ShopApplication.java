package dev.autogen.spring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application as start.spring.io makes it (Web, JPA, Actuator, PostgreSQL) plus
 * autogen's starter: its migrations, in {@code db.migrations} next to this class, run at start-up.
 */
@SpringBootApplication
public class ShopApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
