/** Scenario s64_json_uuid_arrays, v1: no entities. */
package dev.autogen.scenarios.s64_json_uuid_arrays.v1;
