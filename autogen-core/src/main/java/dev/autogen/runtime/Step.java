package dev.autogen.runtime;

import dev.autogen.runtime.RunListener.Direction;

/** One migration to run, one way. */
public record Step(MigrationScript script, Direction direction) {
}
