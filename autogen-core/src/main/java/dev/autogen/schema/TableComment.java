package dev.autogen.schema;

/** A table's comment, as one of the elements a {@code createTable(...)} call lists. */
public record TableComment(String text) implements TableElement {
}
