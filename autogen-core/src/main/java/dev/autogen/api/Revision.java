package dev.autogen.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a {@link Migration}: its revision id, its parents (none for the first) and message. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {

    /** The revision id, e.g. {@code "3f2a9c1b7d0e"}. */
    String id();

    /** The revisions this one follows; empty for a first migration, several for a merge. */
    String[] parents() default {};

    /** What the migration does, as given to {@code autogen -m}. */
    String message() default "";

    /** When the migration was generated, ISO-8601 in UTC. */
    String created() default "";

    /**
     * The revisions this migration folds together ({@code autogen squash}), oldest first. A database
     * that applied all of them is at this revision; one that applied some of them finishes them
     * with their own migrations while those files exist; a new database runs this one only.
     */
    String[] replaces() default {};

    /** Whether the runner wraps the migration in a transaction (it does unless told not to). */
    boolean transactional() default true;
}
