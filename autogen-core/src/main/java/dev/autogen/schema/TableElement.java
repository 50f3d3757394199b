package dev.autogen.schema;

/** A part of a table definition: a column, a constraint or index, or the table's comment. */
public sealed interface TableElement permits Column, PrimaryKey, UniqueConstraint, CheckConstraint, ForeignKey, Index,
        TableComment {
}
