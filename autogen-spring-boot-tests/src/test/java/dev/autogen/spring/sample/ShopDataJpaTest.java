package dev.autogen.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code @DataJpaTest} on PostgreSQL: the slice migrates the database with autogen before JPA starts. */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class ShopDataJpaTest {

    private static final TestDatabase DATABASE = TestDatabases.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ShopDatabase.register(registry, DATABASE);
    }

    @AfterAll
    static void drop() {
        DATABASE.close();
    }

    @Autowired
    CustomerRepository customers;

    @Autowired
    EntityManager entityManager;

    @Test
    void theSliceRunsOnTheMigratedSchema() {
        Number applied = (Number) entityManager.createNativeQuery("SELECT count(*) FROM autogen_version")
                .getSingleResult();
        assertThat(applied.intValue()).isEqualTo(2);

        customers.save(new Customer("Grace Hopper", "grace@example.com"));
        entityManager.flush();

        assertThat(customers.findByEmailAddress("grace@example.com")).get()
                .extracting(Customer::getFullName).isEqualTo("Grace Hopper");
    }
}
