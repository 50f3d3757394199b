package dev.autogen.cli;

import dev.autogen.AutogenException;
import dev.autogen.config.DatabaseUrl;
import dev.autogen.embedded.EmbeddedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
        // what the embedded servers recovered from (a server a killed run left, a cluster locked down)
        java.util.function.Consumer<String> notices = EmbeddedServer.reportTo(line -> err.println("note: " + line));
        int code;
        try {
            // the verbs the arguments need; when the run turns out to need the others too, nothing has run yet
            Optional<List<String>> verbs = Verbs.needed(args);
            Run run = verbs.map(needed -> new Run(args, workingDirectory, environment, out, err, terminal, needed))
                    .orElse(null);
            code = run == null ? -1 : run.execute();
            if (run == null || run.needsEveryVerb) {
                code = new Run(args, workingDirectory, environment, out, err, terminal, null).execute();
            }
        } finally {
            err.flush();
            EmbeddedServer.reportTo(notices);
        }
        out.flush();
        return code;
    }

    /**
     * One parse and execution of the arguments, with every verb ({@code verbs} null) or with those
     * named only; then a parse error, a request for help or for the root's usage is not handled
     * but noted in {@link #needsEveryVerb}, for a run with every verb to handle as it would.
     */
    private static final class Run {

        private final String[] args;
        private final PrintWriter out;
        private final PrintWriter err;
        private final boolean partial;
        private final boolean verbose;
        private final boolean json;
        private final Style style;
        private final CommandLine cli;
        private boolean needsEveryVerb;

        Run(String[] args, Path workingDirectory, java.util.Map<String, String> environment, PrintWriter out,
            PrintWriter err, boolean terminal, List<String> verbs) {
            this.args = args;
            this.out = out;
            this.err = err;
            this.partial = verbs != null;
            this.verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
            this.style = Style.of(terminal, environment, Arrays.asList(args).contains("--no-color"));
            this.json = wantsJson(args);
            AutogenCommand root = new AutogenCommand(workingDirectory, environment);
            root.terminal = terminal;
            cli = partial ? Verbs.with(root, verbs) : Verbs.all(root);
            cli.setColorScheme(CommandLine.Help.defaultColorScheme(
                    style.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
            cli.setOut(out);
            cli.setErr(err);
            cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> fail(message(e), e, verbose, json, style,
                    out, err));
            cli.setParameterExceptionHandler((e, arguments) -> {
                if (partial) {
                    needsEveryVerb = true;
                    return 2;
                }
                int code = fail(String.valueOf(e.getMessage()).replaceAll("\\s+", " "), null, false, json, style, out,
                        err);
                CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
                err.println("Run `" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help` for usage.");
                err.flush();
                return code;
            });
            CommandLine.IExecutionStrategy verb = new CommandLine.RunLast();
            cli.setExecutionStrategy(parsed -> {
                if (partial && needsEveryVerb(parsed)) {
                    needsEveryVerb = true;
                    return 2;
                }
                return verb.execute(parsed);
            });
        }

        int execute() {
            try {
                return cli.execute(args);
            } catch (LinkageError e) {
                // a broken or too new class of the user's reached the JVM's loader: picocli passes Errors through
                return fail(message(e), e, verbose, json, style, out, err);
            }
        }

        /** Help (which lists the verbs), or the root without {@code -m}, which prints its usage. */
        private static boolean needsEveryVerb(CommandLine.ParseResult parsed) {
            for (CommandLine.ParseResult level = parsed; level != null; level = level.subcommand()) {
                if (level.isUsageHelpRequested()) {
                    return true;
                }
            }
            return !parsed.hasSubcommand() && ((AutogenCommand) parsed.commandSpec().userObject()).message == null;
        }
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
