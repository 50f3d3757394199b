/**
 * Entities mapped over a database that another tool built (a Flyway script, a hand-written
 * {@code schema.sql}, a Liquibase changelog): {@code serial} ids under a sequence generator or
 * {@code IDENTITY}, {@code timestamp} without a precision, {@code DEFAULT NULL}. See
 * {@code OtherToolsSequencesAndDefaultsTest}.
 */
package dev.autogen.invariants.othertools;
