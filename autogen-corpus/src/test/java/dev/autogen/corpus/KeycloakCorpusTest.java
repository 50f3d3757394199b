package dev.autogen.corpus;

import dev.autogen.testing.TestDatabase;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;

/**
 * Keycloak 26.7's JPA store ({@code org.keycloak:keycloak-model-jpa}): its entities, and the
 * Liquibase changelog in the same jar ({@code META-INF/jpa-changelog-master.xml} and the 60-odd
 * files it includes, custom changes among them), run by Liquibase 4.33 on PostgreSQL as Keycloak runs it
 * on a new database.
 *
 * <p>Keycloak's custom changes ({@code CustomKeycloakTask}) ask for the Keycloak session bound to
 * the thread before they look at the data; on a new database they find no realm and do nothing. The
 * session bound here is a proxy that fails on any use, so that a change that really needed one would
 * fail the build rather than be skipped.
 */
class KeycloakCorpusTest extends CorpusTestBase {

    static final CorpusProject PROJECT = new CorpusProject() {
        @Override
        public String name() {
            return "keycloak";
        }

        @Override
        public List<String> entityPackages() {
            return List.of("org.keycloak");
        }

        @Override
        public String naming() {
            return "hibernate";
        }

        @Override
        public List<String> excluded() {
            return List.of("databasechangelog", "databasechangeloglock");
        }

        @Override
        public List<String> someTables() {
            return List.of("realm", "user_entity", "client", "keycloak_role", "resource_server_policy", "org",
                    "databasechangelog");
        }

        @Override
        public void buildDatabase(TestDatabase database, ClassLoader jars) throws Exception {
            Class<?> sessionType = jars.loadClass("org.keycloak.models.KeycloakSession");
            Object session = Proxy.newProxyInstance(jars, new Class<?>[] {sessionType}, (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return objectMethod(proxy, method, args);
                }
                throw new UnsupportedOperationException("a Keycloak data migration asked for the session ("
                        + method.getName() + "): the corpus builds new, empty databases only");
            });
            Class<?> context = jars.loadClass("org.keycloak.connections.jpa.updater.liquibase.ThreadLocalSessionContext");
            context.getMethod("setCurrentSession", sessionType).invoke(null, session);
            try (Connection c = database.connect()) {
                LiquibaseChangelog.update(c, jars, "META-INF/jpa-changelog-master.xml");
            } finally {
                context.getMethod("removeCurrentSession").invoke(null);
            }
        }
    };

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "KeycloakSession for a new database";
        };
    }

    @Override
    CorpusProject project() {
        return PROJECT;
    }
}
