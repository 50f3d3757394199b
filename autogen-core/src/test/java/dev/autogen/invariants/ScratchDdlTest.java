package dev.autogen.invariants;

import dev.autogen.entities.EntityModel;
import org.junit.jupiter.api.Test;

class ScratchDdlTest {
    @Test
    void print() {
        String pkg = System.getProperty("pkg", "dev.autogen.entities.fixtures.keyorder");
        try (EntityModel model = EntityModel.load(ScenarioHarness.source(pkg), ScenarioHarness.DIALECT)) {
            model.hibernateCreateDdl().forEach(System.out::println);
            model.schema().tables().forEach(System.out::println);
        }
    }
}
