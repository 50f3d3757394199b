/** Scenario s38_sequence_auto_from_empty, v1: no entities. */
package dev.autogen.scenarios.s38_sequence_auto_from_empty.v1;
