/** Scenario s61_inheritance_table_per_class, v1: no entities. */
package dev.autogen.scenarios.s61_inheritance_table_per_class.v1;
