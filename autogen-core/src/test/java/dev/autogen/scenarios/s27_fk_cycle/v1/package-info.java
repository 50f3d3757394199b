/** Scenario s27_fk_cycle, v1: no entities. */
package dev.autogen.scenarios.s27_fk_cycle.v1;
