/** Scenario s70_enum_type_from_empty, v1: no entities. */
package dev.autogen.scenarios.s70_enum_type_from_empty.v1;
