package dev.autogen.schema;

/** A part of a table definition: a column or a constraint that {@code CREATE TABLE} can hold. */
public sealed interface TableElement permits Column, PrimaryKey, UniqueConstraint, ForeignKey, Index {
}
