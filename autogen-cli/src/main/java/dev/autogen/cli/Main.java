package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.embedded.EmbeddedServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point: runs a verb and maps failures to exit codes (2: bad input, with one clear line). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, Path.of("").toAbsolutePath(), System.getenv(),
                new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                CommandLine.Help.Ansi.AUTO.enabled()));
    }

    /** Runs one invocation; what the command prints goes to {@code out}, errors to {@code err}; no colour. */
    public static int run(String[] args, Path workingDirectory, java.util.Map<String, String> environment,
                          PrintWriter out, PrintWriter err) {
        return run(args, workingDirectory, environment, out, err, false);
    }

    /**
     * As {@link #run(String[], Path, java.util.Map, PrintWriter, PrintWriter)}; {@code terminal}: the
     * output is a terminal, so colour is possible.
     */
    public static int run(String[] args, Path workingDirectory, java.util.Map<String, String> environment,
                          PrintWriter out, PrintWriter err, boolean terminal) {
        quietLibraries();
        boolean verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
        Style style = Style.of(terminal, environment, Arrays.asList(args).contains("--no-color"));
        AutogenCommand root = new AutogenCommand(workingDirectory, environment);
        root.terminal = terminal;
        CommandLine cli = new CommandLine(root);
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(
                style.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println(style.errorPrefix() + " " + message(e));
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return 2;
        });
        cli.setParameterExceptionHandler((e, arguments) -> {
            err.println(style.errorPrefix() + " " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help` for usage.");
            err.flush();
            return 2;
        });
        // what the embedded servers recovered from (a server a killed run left, a cluster locked down)
        java.util.function.Consumer<String> notices = EmbeddedServer.reportTo(line -> err.println("note: " + line));
        try {
            int code = cli.execute(args);
            out.flush();
            return code;
        } finally {
            err.flush();
            EmbeddedServer.reportTo(notices);
        }
    }

    private static String message(Throwable e) {
        if (e instanceof AutogenException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return text.replaceAll("\\s+", " ") + " (run with --verbose for details)";
    }

    /** JUL keeps loggers weakly: hold them, or their levels are lost when they are collected. */
    private static final Logger[] QUIET = {Logger.getLogger("org.hibernate"), Logger.getLogger("org.postgresql")};

    /** Hibernate logs through jboss-logging to SLF4J, which is bound to nothing; pgjdbc through JUL. */
    private static void quietLibraries() {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        for (Logger logger : QUIET) {
            logger.setLevel(Level.SEVERE);
        }
    }
}
