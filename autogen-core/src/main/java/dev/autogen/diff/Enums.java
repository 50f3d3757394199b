package dev.autogen.diff;

import dev.autogen.operation.AlterEnum;
import dev.autogen.schema.EnumType;
import dev.autogen.schema.Schema;
import java.util.List;

/** What changes in the enum types between two schemas, in name order. */
final class Enums {

    private Enums() {
    }

    /** Enum types of {@code from} that {@code to} does not have. */
    static List<EnumType> dropped(Schema from, Schema to) {
        return from.enums().stream().filter(e -> to.enumType(e.name()).isEmpty()).toList();
    }

    /**
     * Enum types whose values change. {@code kept} is {@code current} without the tables the upgrade
     * drops: the tables there are when the operation runs, in the upgrade and in the downgrade alike.
     */
    static List<AlterEnum> altered(Schema current, Schema desired, Schema kept) {
        return current.enums().stream()
                .filter(e -> desired.enumType(e.name()).filter(wanted -> !wanted.equals(e)).isPresent())
                .map(e -> new AlterEnum(e, desired.enumType(e.name()).orElseThrow(), kept.columnsOf(e)))
                .toList();
    }
}
