/** Scenario s51_new_schema_with_tables, v1: no entities. */
package dev.autogen.scenarios.s51_new_schema_with_tables.v1;
