package dev.autogen.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.Autogen;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample application started as in production, on a fresh database: the starter migrates it
 * before JPA starts, and {@code /actuator/autogen} and {@code /actuator/health} say so over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=health,autogen",
        "management.endpoint.health.show-details=always",
        "spring.jpa.hibernate.ddl-auto=update"})
class ShopHttpTest {

    private static final TestDatabase DATABASE = TestDatabases.create();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        ShopDatabase.register(registry, DATABASE);
    }

    @AfterAll
    static void drop() {
        DATABASE.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    Autogen autogen;

    @Autowired
    CustomerRepository customers;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theEndpointListsTheMigrationsAppliedAtStartUp() throws Exception {
        List<String> revisions = autogen.graph().ordered().stream().map(MigrationScript::revision).toList();
        assertThat(revisions).hasSize(2);

        JsonNode report = get("/actuator/autogen");

        assertThat(texts(report.get("applied"), "revision")).isEqualTo(revisions);
        assertThat(texts(report.get("startup").get("applied"), null)).isEqualTo(revisions);
        assertThat(texts(report.get("current"), null)).containsExactly(revisions.get(1));
        assertThat(texts(report.get("heads"), null)).containsExactly(revisions.get(1));
        assertThat(report.get("pending").isEmpty()).isTrue();
        assertThat(report.get("checksums").asString()).isEqualTo("valid");
        assertThat(report.get("upToDate").asBoolean()).isTrue();
        assertThat(DATABASE.column("SELECT revision FROM autogen_version ORDER BY applied_at, revision"))
                .containsExactlyElementsOf(revisions);
    }

    @Test
    void healthIsUpWithTheDatabaseAtHead() throws Exception {
        JsonNode health = get("/actuator/health");

        assertThat(health.get("status").asString()).isEqualTo("UP");
        JsonNode autogenHealth = health.get("components").get("autogen");
        assertThat(autogenHealth.get("status").asString()).isEqualTo("UP");
        assertThat(autogenHealth.get("details").get("pending").isEmpty()).isTrue();
    }

    @Test
    void jpaRunsOnTheMigratedSchemaWithHibernateDdlTurnedOff() throws Exception {
        Customer saved = customers.save(new Customer("Ada Lovelace", "ada@example.com"));

        assertThat(customers.findByEmailAddress("ada@example.com")).get()
                .extracting(Customer::getId).isEqualTo(saved.getId());
        assertThat(DATABASE.column("SELECT full_name FROM customers")).containsExactly("Ada Lovelace");
        // spring.jpa.hibernate.ddl-auto=update above: the starter turned it off
        assertThat(entityManagerFactory.getProperties().get("hibernate.hbm2ddl.auto")).isEqualTo("none");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add((field == null ? node : node.get(field)).asString()));
        return out;
    }
}
