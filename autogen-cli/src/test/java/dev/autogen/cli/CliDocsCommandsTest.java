package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The docs' commands are written as they work: every {@code autogen ...} line in a code block of
 * README.md and docs/ parses (verb, options, arguments) as the command line would parse it.
 */
class CliDocsCommandsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** A command in a code block: {@code autogen}, {@code bin/autogen} or the jar, after an optional prompt. */
    private static final Pattern COMMAND = Pattern.compile(
            "^(?:\\$ )?(?:[A-Z_]+=\\S+ )*(?:\\S*/)?(?:bin/autogen|autogen|java -jar \\S*autogen\\.jar) (.*)$");

    @Test
    void everyDocumentedCommandParses() throws IOException {
        List<String> commands = commands();
        assertThat(commands).as("commands found in the docs").hasSizeGreaterThan(40);
        List<String> failures = new ArrayList<>();
        for (String line : commands) {
            try {
                Verbs.all(new AutogenCommand(ROOT, Map.of())).parseArgs(words(line));
            } catch (CommandLine.ParameterException e) {
                failures.add(line + "  ->  " + e.getMessage());
            }
        }
        assertThat(failures).as("documented commands that do not parse").isEmpty();
    }

    /** The argument part of every command line in the fenced code blocks of the docs. */
    static List<String> commands() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<String> out = new ArrayList<>();
        for (Path file : files) {
            boolean fenced = false;
            for (String raw : Files.readAllLines(file)) {
                String line = raw.strip();
                if (line.startsWith("```")) {
                    fenced = !fenced;
                    continue;
                }
                Matcher m = COMMAND.matcher(line);
                if (fenced && m.matches()) {
                    out.add(withoutComment(m.group(1)));
                }
            }
        }
        return out;
    }

    private static String withoutComment(String line) {
        int hash = line.indexOf(" #");
        String command = hash < 0 ? line : line.substring(0, hash);
        int redirect = command.indexOf(" > ");
        return (redirect < 0 ? command : command.substring(0, redirect)).strip();
    }

    /** Shell words: double and single quotes group, as bash would split the line. */
    static String[] words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }
}
