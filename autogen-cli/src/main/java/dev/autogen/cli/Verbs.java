package dev.autogen.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The verbs of {@code autogen}, in the order {@code autogen --help} lists them, and the command
 * line of the root with the verbs a run needs. picocli reads every verb's annotations when the
 * verb is added (about a tenth of a second for all of them, on every run), while a run uses one:
 * the one its arguments name, or none for {@code autogen -m MSG} and {@code --version}.
 *
 * <p>A run given fewer verbs parses as it would with all of them: the arguments before the verb
 * are no verb's name, picocli treats the verb's name the same way in both, and after it only the
 * verb's own options count. Whatever could still differ (a parse error with its suggestions, help,
 * the root's usage, a completion script) {@link Main} runs again with every verb, before anything
 * has run.
 */
final class Verbs {

    private static final Map<String, Supplier<Verb>> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put("init", InitCommand::new);
        VERBS.put("revision", RevisionCommand::new);
        VERBS.put("upgrade", UpgradeCommand::new);
        VERBS.put("downgrade", DowngradeCommand::new);
        VERBS.put("current", CurrentCommand::new);
        VERBS.put("history", HistoryCommand::new);
        VERBS.put("heads", HeadsCommand::new);
        VERBS.put("check", CheckCommand::new);
        VERBS.put("repair", RepairCommand::new);
        VERBS.put("stamp", StampCommand::new);
        VERBS.put("show", ShowCommand::new);
        VERBS.put("merge", MergeCommand::new);
        VERBS.put("branches", BranchesCommand::new);
        VERBS.put("baseline", BaselineCommand::new);
        VERBS.put("drift", DriftCommand::new);
        VERBS.put("reset", ResetCommand::new);
        VERBS.put("squash", SquashCommand::new);
        VERBS.put("completion", CompletionCommand::new);
    }

    private Verbs() {
    }

    /** The names of every verb, in the order {@code --help} lists them. */
    static List<String> names() {
        return List.copyOf(VERBS.keySet());
    }

    /** The root's command line with every verb. */
    static CommandLine all(AutogenCommand root) {
        return with(root, names());
    }

    /** The root's command line with the verbs {@code names} only (their order kept). */
    static CommandLine with(AutogenCommand root, List<String> names) {
        CommandLine cli = new CommandLine(root);
        VERBS.forEach((name, verb) -> {
            if (names.contains(name)) {
                cli.addSubcommand(name, verb.get());
            }
        });
        return cli;
    }

    /**
     * The verbs a run of {@code args} needs when that is not all of them: the first argument that
     * names one (before a {@code --}), or none when no argument does; empty (all of them) for
     * {@code completion}, which lists them, and when an argument is an {@code @file} of further
     * arguments, which could name any.
     */
    static Optional<List<String>> needed(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("@")) {
                return Optional.empty();
            }
        }
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (VERBS.containsKey(arg)) {
                return arg.equals("completion") ? Optional.empty() : Optional.of(List.of(arg));
            }
        }
        return Optional.of(List.of());
    }
}
