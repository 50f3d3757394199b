package dev.autogen.corpus;

import dev.autogen.testing.TestDatabase;
import java.util.List;

/**
 * Apache KIE 10.1's user-task storage on JPA ({@code org.jbpm:jbpm-addons-usertask-storage-jpa}):
 * its entities and the Flyway scripts for PostgreSQL in the same jar
 * ({@code kie-flyway/db/user-tasks/postgresql/V1.0.*.sql}), run by Flyway as KIE runs them.
 */
class KieUserTasksCorpusTest extends CorpusTestBase {

    static final CorpusProject PROJECT = new CorpusProject() {
        @Override
        public String name() {
            return "kie-user-tasks";
        }

        @Override
        public List<String> entityPackages() {
            return List.of("org.jbpm.usertask.jpa.model");
        }

        @Override
        public String naming() {
            return "hibernate";
        }

        @Override
        public List<String> excluded() {
            return List.of("kie_flyway_history_*");
        }

        @Override
        public List<String> someTables() {
            return List.of("jbpm_user_tasks", "jbpm_user_tasks_potential_users", "jbpm_user_tasks_deadline_timer",
                    "kie_flyway_history_jbpm_user_task_storage");
        }

        @Override
        public void buildDatabase(TestDatabase database, ClassLoader jars) throws Exception {
            FlywayScripts.migrateKieModule(database, jars);
        }
    };

    @Override
    CorpusProject project() {
        return PROJECT;
    }
}
