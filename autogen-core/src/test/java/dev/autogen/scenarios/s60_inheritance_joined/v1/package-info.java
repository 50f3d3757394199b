/** Scenario s60_inheritance_joined, v1: no entities. */
package dev.autogen.scenarios.s60_inheritance_joined.v1;
