/** Scenario s56_element_collection_embeddable, v1: no entities. */
package dev.autogen.scenarios.s56_element_collection_embeddable.v1;
