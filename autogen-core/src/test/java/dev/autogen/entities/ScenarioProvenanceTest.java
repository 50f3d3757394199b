package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.schema.Column;
import dev.autogen.schema.Provenance;
import dev.autogen.schema.Provenance.Aspect;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every part of every scenario's desired schema is traced to where it came from: each table, each
 * column's attribute, type and nullability (by a rule more specific than a fallback), each foreign key, unique constraint, check and index.
 */
class ScenarioProvenanceTest {

    /** The phrases used when nothing more specific was found: they count as untraced here. */
    private static final java.util.regex.Pattern FALLBACK = java.util.regex.Pattern.compile(
            "^(a foreign key Hibernate adds|a unique key Hibernate adds|a check Hibernate writes|an @Index on"
                    + "|Hibernate's mapping of)");

    @Test
    void everyScenarioPartHasAnOrigin() throws Exception {
        List<String> untraced = new ArrayList<>();
        List<String> packages = ScenarioEntitiesTest.versions().toList();
        for (String pkg : packages) {
            EntityModel model;
            try {
                model = EntityModel.load(new EntitySource(List.of(EntityModelTest.testClasses()), List.of(pkg),
                        Map.of()), new PostgresDialect());
            } catch (dev.autogen.AutogenException e) {
                continue; // a version with no entities
            }
            try (model) {
                Provenance p = model.provenance();
                for (Table t : model.schema().tables()) {
                    if (p.table(t.name()).isEmpty()) {
                        untraced.add(pkg + ": table " + t.name());
                    }
                    for (Column c : t.columns()) {
                        for (Aspect aspect : List.of(Aspect.TYPE, Aspect.NULLABILITY)) {
                            if (p.column(t.name(), c.name(), aspect).filter(o -> !FALLBACK.matcher(o).find()).isEmpty()) {
                                untraced.add(pkg + ": " + aspect + " of " + t.name() + "." + c.name());
                            }
                        }
                        if (c.defaultValue() != null && p.column(t.name(), c.name(), Aspect.DEFAULT).isEmpty()) {
                            untraced.add(pkg + ": default of " + t.name() + "." + c.name());
                        }
                    }
                    List<TableElement> elements = new ArrayList<>();
                    elements.addAll(t.foreignKeys());
                    elements.addAll(t.uniques());
                    elements.addAll(t.checks());
                    elements.addAll(t.indexes());
                    for (TableElement e : elements) {
                        if (p.element(t.name(), e).filter(o -> !FALLBACK.matcher(o).find()).isEmpty()) {
                            untraced.add(pkg + ": " + e + " of " + t.name());
                        }
                    }
                }
            }
        }
        assertThat(packages).hasSizeGreaterThan(60);
        assertThat(untraced).isEmpty();
    }
}
