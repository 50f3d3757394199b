package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.config.DatabaseUrl;
import dev.autogen.embedded.EmbeddedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
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
        boolean json = wantsJson(args);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(message(e), e, verbose, json, style,
                out, err));
        cli.setParameterExceptionHandler((e, arguments) -> {
            int code = fail(String.valueOf(e.getMessage()).replaceAll("\\s+", " "), null, false, json, style, out,
                    err);
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help` for usage.");
            err.flush();
            return code;
        });
        // what the embedded servers recovered from (a server a killed run left, a cluster locked down)
        java.util.function.Consumer<String> notices = EmbeddedServer.reportTo(line -> err.println("note: " + line));
        int code;
        try {
            code = cli.execute(args);
        } catch (LinkageError e) {
            // a broken or too new class of the user's reached the JVM's loader: picocli passes Errors through
            code = fail(message(e), e, verbose, json, style, out, err);
        } finally {
            err.flush();
            EmbeddedServer.reportTo(notices);
        }
        out.flush();
        return code;
    }

    /**
     * Reports a failure: {@code error: LINE} on stderr (the stack trace too with {@code --verbose}),
     * and with {@code --json} also {@code {"error": LINE}} as the whole of stdout, for CI bots; exit 2.
     */
    private static int fail(String line, Throwable e, boolean verbose, boolean json, Style style, PrintWriter out,
                            PrintWriter err) {
        // a message that starts with its own "error:" (javac's, PostgreSQL's "ERROR:") would print it twice
        String text = DatabaseUrl.redact(line.replaceFirst("(?i)^(\\s*error:\\s*)+", ""));
        err.println(style.errorPrefix() + " " + text);
        if (verbose && e != null) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(DatabaseUrl.redact(trace.toString()));
        }
        err.flush();
        if (json) {
            out.print(Json.text(new JsonDocuments.Error(text)));
            out.flush();
        }
        return 2;
    }

    /** Whether {@code --json} is among the options (before a {@code --} that ends them). */
    private static boolean wantsJson(String[] args) {
        for (String arg : args) {
            if (arg.equals("--")) {
                return false;
            }
            if (arg.equals("--json")) {
                return true;
            }
        }
        return false;
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
