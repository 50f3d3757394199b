package dev.autogen;

/**
 * A problem the user can fix: bad configuration, input, connection or state. Its message is one
 * line saying what is wrong and what to do; front ends print it without a stack trace and exit
 * with code 2.
 */
public class AutogenException extends RuntimeException {

    public AutogenException(String message) {
        super(message);
    }

    public AutogenException(String message, Throwable cause) {
        super(message, cause);
    }
}
