package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.entities.fixtures.provenance.Address;
import dev.autogen.entities.fixtures.provenance.Auditable;
import dev.autogen.entities.fixtures.provenance.Car;
import dev.autogen.entities.fixtures.provenance.User;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The constraints read on another thread are those the caller's thread reads, or nothing at all. */
class ConstraintsAheadTest {

    private static final List<Class<?>> CLASSES = List.of(User.class, Car.class, Address.class, Auditable.class);

    @Test
    void theFactoryReadAheadDescribesEveryClassAsOneBuiltHere() {
        ValidatorFactory here = ConstraintsAhead.buildFactory();
        ValidatorFactory ahead;
        try (ConstraintsAhead constraints = ConstraintsAhead.start(getClass().getClassLoader(),
                CLASSES.stream().map(Class::getName).toList())) {
            ahead = constraints.factory();
        }
        try {
            assertThat(ahead).isNotNull();
            for (Class<?> type : CLASSES) {
                assertThat(describe(ahead, type)).as(type.getSimpleName()).isNotEmpty()
                        .isEqualTo(describe(here, type));
            }
        } finally {
            ahead.close();
            here.close();
        }
    }

    @Test
    void aClassThatCannotBeReadLeavesItToTheCaller() {
        try (ConstraintsAhead constraints = ConstraintsAhead.start(getClass().getClassLoader(),
                List.of(User.class.getName(), "com.acme.model.Missing"))) {
            assertThat(constraints.factory()).isNull();
        }
    }

    /** Each constrained property with its constraints' annotations, sorted. */
    private static TreeSet<String> describe(ValidatorFactory factory, Class<?> type) {
        BeanDescriptor bean = factory.getValidator().getConstraintsForClass(type);
        TreeSet<String> lines = new TreeSet<>();
        bean.getConstrainedProperties().forEach(p -> p.getConstraintDescriptors().forEach(c ->
                lines.add(p.getPropertyName() + " " + c.getAnnotation() + " " + c.getGroups())));
        return lines;
    }
}
