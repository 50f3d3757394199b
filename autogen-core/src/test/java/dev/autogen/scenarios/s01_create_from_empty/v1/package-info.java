/** Scenario s01_create_from_empty, v1: no entities. */
package dev.autogen.scenarios.s01_create_from_empty.v1;
