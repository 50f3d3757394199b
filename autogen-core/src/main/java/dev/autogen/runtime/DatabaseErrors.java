package dev.autogen.runtime;

import java.sql.SQLException;

/**
 * The part of a database error worth one line of a message: the server's own sentence, without
 * the driver's detail lines ({@code Position: 70}, {@code Where: ...}) or its {@code ERROR:} prefix.
 */
public final class DatabaseErrors {

    /** SQLState of "insufficient privilege" (SQL standard class 42, PostgreSQL's 42501). */
    public static final String INSUFFICIENT_PRIVILEGE = "42501";

    private DatabaseErrors() {
    }

    /** The first line of the error's message, e.g. {@code permission denied for schema public}. */
    public static String message(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String first = text.strip().lines().findFirst().orElse("").strip();
        return first.startsWith("ERROR: ") ? first.substring("ERROR: ".length()) : first;
    }

    /** SQLState of "read-only SQL transaction": a standby, or {@code default_transaction_read_only}. */
    public static final String READ_ONLY = "25006";

    /** What to do about an error, when its kind says more than its text; empty otherwise. */
    public static String advice(SQLException e) {
        return READ_ONLY.equals(e.getSQLState()) ? "; the session is read-only (a standby, or "
                + "default_transaction_read_only is on for this user or database): connect to the primary as a user "
                + "that may write" : "";
    }

    /** Whether the database refused for want of a privilege. */
    public static boolean isPrivilege(SQLException e) {
        return INSUFFICIENT_PRIVILEGE.equals(e.getSQLState());
    }
}
