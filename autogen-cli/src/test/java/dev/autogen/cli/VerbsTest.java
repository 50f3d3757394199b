package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The command line of a run holds only the verbs it needs, and parses as the one with every verb
 * would; what only every verb can answer (help, the root's usage, parse errors and their
 * suggestions, completion) is answered by every verb.
 */
class VerbsTest {

    private static final Path ROOT = Path.of(".").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theVerbsAreThoseOfTheirAnnotationsInTheOrderHelpListsThem() {
        CommandLine all = Verbs.all(new AutogenCommand(ROOT, Map.of()));

        assertThat(all.getSubcommands().keySet()).containsExactlyElementsOf(Verbs.names());
        all.getSubcommands().forEach((name, verb) -> assertThat(verb.getCommandSpec().userObject().getClass()
                .getAnnotation(CommandLine.Command.class).name()).isEqualTo(name));
        assertThat(Verbs.names()).hasSize(18).contains("check", "upgrade", "completion");
    }

    @Test
    void aRunNeedsTheVerbItNamesOrNone() {
        assertThat(Verbs.needed(new String[] {"-C", "sample", "check", "--explain"})).contains(List.of("check"));
        assertThat(Verbs.needed(new String[] {"-m", "add archived_at"})).contains(List.of());
        assertThat(Verbs.needed(new String[] {"--version"})).contains(List.of());
        assertThat(Verbs.needed(new String[] {"--", "check"})).contains(List.of());
        assertThat(Verbs.needed(new String[] {"completion"})).isEmpty();
        assertThat(Verbs.needed(new String[] {"@arguments.txt"})).isEmpty();
    }

    @Test
    void everyDocumentedCommandParsesWithTheVerbsItNeedsAsWithEveryVerb() throws Exception {
        List<String[]> runs = new ArrayList<>();
        CliDocsCommandsTest.commands().forEach(line -> runs.add(CliDocsCommandsTest.words(line)));
        runs.add(new String[] {"-m", "check"});
        runs.add(new String[] {"-m", "x", "check"});
        runs.add(new String[] {"check", "--config", "upgrade"});
        runs.add(new String[] {"--verbose", "-C", "sample-entities", "check", "--json"});
        runs.add(new String[] {"-mx", "--no-verify"});
        runs.add(new String[] {"-V"});
        runs.add(new String[] {"chek"});
        runs.add(new String[] {"check", "upgrade"});
        runs.add(new String[] {});
        int partial = 0;
        for (String[] args : runs) {
            Optional<List<String>> needed = Verbs.needed(args);
            if (needed.isEmpty()) {
                continue;
            }
            // a parse error (null) is not compared: Main runs those arguments again with every verb
            String few = parsed(Verbs.with(new AutogenCommand(ROOT, Map.of()), needed.get()), args);
            if (few != null) {
                partial++;
                assertThat(few).as("%s", List.of(args))
                        .isEqualTo(parsed(Verbs.all(new AutogenCommand(ROOT, Map.of())), args));
            }
        }
        assertThat(partial).as("runs parsed with fewer verbs").isGreaterThan(40);
    }

    @Test
    void helpUsageErrorsAndSuggestionsComeFromEveryVerb() {
        TestProject project = TestProject.empty(dir);

        Result help = project.run("--help");
        Result usage = project.run();
        Result typo = project.run("chek");
        Result verbHelp = project.run("-C", ".", "check", "--help");

        for (Result listing : List.of(help, usage)) {
            assertThat(listing.out()).as("%s", listing).contains("  completion", "  check", "  upgrade", "  squash");
        }
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("chek").contains("check");
        assertThat(verbHelp.code()).isZero();
        assertThat(verbHelp.out()).startsWith("Usage: autogen check ").contains("--explain");
    }

    /** The verbs and options the arguments set, with their values; null when they do not parse. */
    private static String parsed(CommandLine cli, String[] args) {
        ParseResult result;
        try {
            result = cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (ParseResult level = result; level != null; level = level.subcommand()) {
            text.append(level.commandSpec().name()).append(':');
            for (OptionSpec option : level.matchedOptions()) {
                text.append(' ').append(option.longestName()).append('=').append(option.originalStringValues());
            }
            for (PositionalParamSpec positional : level.matchedPositionals()) {
                text.append(' ').append(positional.paramLabel()).append('=').append(positional.originalStringValues());
            }
            text.append(level.isUsageHelpRequested() ? " help" : "")
                    .append(level.isVersionHelpRequested() ? " version" : "").append('\n');
        }
        return text.toString();
    }
}
