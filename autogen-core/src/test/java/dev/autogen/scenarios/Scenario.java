package dev.autogen.scenarios;

/**
 * One test scenario: the entities of {@code v1Package} are migrated to those of {@code v2Package}.
 * A version package may hold no entities at all (only a {@code package-info.java}).
 *
 * @param name        short unique name, also the scenario's package under {@code dev.autogen.scenarios}
 * @param v1Package   the package of the entities before the change
 * @param v2Package   the package of the entities after the change
 * @param description one line saying what changes (used in test names)
 */
public record Scenario(String name, String v1Package, String v2Package, String description) {

    @Override
    public String toString() {
        return name + ": " + description;
    }
}
