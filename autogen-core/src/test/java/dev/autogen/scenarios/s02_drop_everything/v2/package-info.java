/** Scenario s02_drop_everything, v2: no entities. */
package dev.autogen.scenarios.s02_drop_everything.v2;
