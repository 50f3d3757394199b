package dev.autogen.spring.adopted;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application whose database Flyway migrated until now, switched to autogen: its first migration
 * is the baseline of what Flyway built, recorded as applied at the first start-up
 * ({@code autogen.baseline-on-start=true}) and run only on new, empty databases.
 */
@SpringBootApplication
public class LibraryApplication {

    public static void main(String[] args) {
        SpringApplication.run(LibraryApplication.class, args);
    }
}
