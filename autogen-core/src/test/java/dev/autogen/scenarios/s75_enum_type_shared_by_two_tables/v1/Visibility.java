package dev.autogen.scenarios.s75_enum_type_shared_by_two_tables.v1;

/** Mapped as a PostgreSQL enum type by more than one entity. */
public enum Visibility { PUBLIC, PRIVATE, HIDDEN }
