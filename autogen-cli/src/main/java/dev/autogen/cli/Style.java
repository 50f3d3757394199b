package dev.autogen.cli;

import dev.autogen.operation.Operation;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * Colour for what autogen prints, used sparingly (the error prefix, check's differences, head and
 * current markers): on only on a terminal, and never with {@code NO_COLOR} set (https://no-color.org)
 * or {@code --no-color}.
 */
final class Style {

    static final Style PLAIN = new Style(false);

    private final boolean colour;

    private Style(boolean colour) {
        this.colour = colour;
    }

    /** Colour when printing to a terminal, unless {@code NO_COLOR} is set to anything but "" or --no-color is given. */
    static Style of(boolean terminal, Map<String, String> environment, boolean noColor) {
        String noColorVariable = environment.get("NO_COLOR");
        return new Style(terminal && !noColor && (noColorVariable == null || noColorVariable.isEmpty()));
    }

    boolean colour() {
        return colour;
    }

    /** The {@code error:} prefix of a failure. */
    String errorPrefix() {
        return paint("error:", Ansi.Style.bold, Ansi.Style.fg_red);
    }

    /** A marker such as {@code (head)} or {@code (current)}. */
    String marker(String text) {
        return paint(text, Ansi.Style.fg_cyan);
    }

    /** A difference {@code check} found: green for what it adds, red for what it drops, yellow for the rest. */
    String operation(Operation op, String text) {
        String kind = op.getClass().getSimpleName();
        if (kind.startsWith("Drop")) {
            return paint(text, Ansi.Style.fg_red);
        }
        if (kind.startsWith("Add") || kind.startsWith("Create")) {
            return paint(text, Ansi.Style.fg_green);
        }
        return paint(text, Ansi.Style.fg_yellow);
    }

    private String paint(String text, Ansi.IStyle... styles) {
        return colour ? Ansi.Style.on(styles) + text + Ansi.Style.reset.on() : text;
    }
}
