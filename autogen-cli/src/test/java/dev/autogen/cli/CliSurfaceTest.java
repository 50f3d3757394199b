package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The surface every user meets first: --help with an example on every verb, --version, completion, colour. */
class CliSurfaceTest {

    private static final String ESC = "\u001B[";

    @TempDir
    Path dir;

    /** Every verb, nested ones included, by its full name after {@code autogen}. */
    private static List<String> verbs() {
        List<String> names = new ArrayList<>();
        collect(Verbs.all(new AutogenCommand(Path.of("."), Map.of())), "", names);
        return names;
    }

    private static void collect(CommandLine command, String prefix, List<String> names) {
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) {
                names.add(prefix + name);
                collect(sub, prefix + name + " ", names);
            }
        });
    }

    @Test
    void everyVerbsHelpEndsWithAnExampleOfThatVerb() {
        TestProject project = TestProject.empty(dir);
        List<String> verbs = verbs();
        assertThat(verbs).contains("upgrade", "history", "check", "completion");
        for (String verb : verbs) {
            List<String> args = new ArrayList<>(List.of(verb.split(" ")));
            args.add("--help");
            Result help = project.run(args.toArray(String[]::new));
            assertThat(help.code()).as(help.toString()).isZero();
            assertThat(help.out()).as("example heading in %s", help)
                    .containsPattern("(?m)^Examples?( \\([^)]*\\))?:$");
            assertThat(help.out()).as("an example of `autogen %s`", verb)
                    .containsPattern("(?m)^  (source <\\()?autogen " + Pattern.quote(verb) + "\\b");
        }
        Result root = project.run("--help");
        assertThat(root.out()).containsPattern("(?m)^Examples:$").contains("  autogen -m \"add archived_at\"");
    }

    @Test
    void versionPrintsTheVersionOfThisBuild() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher parent = Pattern.compile("(?s)<parent>.*?<version>([^<]+)</version>").matcher(pom);
        assertThat(parent.find()).isTrue();

        Result version = TestProject.empty(dir).run("--version");

        assertThat(version.code()).isZero();
        assertThat(version.out()).isEqualTo("autogen " + parent.group(1) + System.lineSeparator());
    }

    @Test
    void completionScriptCoversEveryVerbAndBashAcceptsIt() throws Exception {
        Result completion = TestProject.empty(dir).run("completion");

        assertThat(completion.code()).isZero();
        assertThat(completion.out()).contains("complete -F _complete_autogen", "autogen");
        for (String verb : verbs()) {
            assertThat(completion.out()).as("completion of %s", verb).containsPattern("\\b" + Pattern.quote(verb)
                    + "\\b");
        }
        assertThat(completion.out()).contains("--json", "--rev-range", "--no-color");

        Path script = dir.resolve("autogen_completion");
        Files.writeString(script, completion.out());
        Process bash = new ProcessBuilder("bash", "-c", "source \"$1\" && complete -p autogen", "bash",
                script.toString()).redirectErrorStream(true).start();
        String registered = new String(bash.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(bash.waitFor()).as(registered).isZero();
        assertThat(registered.strip()).isEqualTo("complete -o default -F _complete_autogen autogen");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColorOrTheFlag() {
        TestProject project = TestProject.empty(dir);

        Result terminal = project.runOnTerminal("history");
        Result piped = project.run("history");
        Result flag = project.runOnTerminal("history", "--no-color");
        project.environment().put("NO_COLOR", "1");
        Result noColor = project.runOnTerminal("history");

        assertThat(terminal.err()).startsWith(ESC).contains("error:" + ESC);
        assertThat(terminal.code()).isEqualTo(2);
        for (Result plain : List.of(piped, flag, noColor)) {
            assertThat(plain.code()).isEqualTo(2);
            assertThat(plain.err()).as(plain.toString()).startsWith("error: ").doesNotContain(ESC);
        }
        assertThat(project.runOnTerminal("check", "--help").out()).as("help follows the same rule")
                .doesNotContain(ESC);
        project.environment().remove("NO_COLOR");
        assertThat(project.runOnTerminal("check", "--help").out()).contains(ESC);
    }

    @Test
    void noColorCountsOnlyWhenSetToSomething() {
        assertThat(Style.of(true, Map.of("NO_COLOR", ""), false).colour()).as("empty: as if unset").isTrue();
        assertThat(Style.of(true, Map.of("NO_COLOR", "0"), false).colour()).as("any value, even 0").isFalse();
        assertThat(Style.of(true, Map.of(), true).colour()).isFalse();
        assertThat(Style.of(false, Map.of(), false).colour()).isFalse();
        assertThat(Style.PLAIN.errorPrefix()).isEqualTo("error:");
    }
}
