package dev.autogen.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The differences a project's entities and its own schema really have, as {@code autogen check
 * --explain} prints them: {@code src/test/resources/corpus/NAME/expected-differences.txt}, one
 * printed line per line, each followed by {@code " ## "} and the reason it is real (what the entity
 * declares, what the project's changelog or script creates). Blank lines and lines starting with
 * {@code #} are comments.
 */
record ExpectedDifferences(List<Line> lines) {

    static final String SEPARATOR = " ## ";

    /** One expected line of output and why it is a real difference. */
    record Line(String output, String reason) {
    }

    static ExpectedDifferences of(String project) {
        String resource = "/corpus/" + project + "/expected-differences.txt";
        try (InputStream in = ExpectedDifferences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            List<Line> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int at = line.indexOf(SEPARATOR);
                if (at < 0 || line.substring(at + SEPARATOR.length()).isBlank()) {
                    throw new IllegalStateException(resource + ": a line without its reason after '" + SEPARATOR.strip()
                            + "': " + line);
                }
                lines.add(new Line(line.substring(0, at).stripTrailing(), line.substring(at + SEPARATOR.length()).strip()));
            }
            return new ExpectedDifferences(List.copyOf(lines));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> outputs() {
        return lines.stream().map(Line::output).toList();
    }

    /** The lines of {@code check} output that are differences or their explanations (indented), in order. */
    static List<String> differenceLines(List<String> output) {
        return output.stream().filter(l -> l.startsWith(" ")).map(String::stripTrailing).toList();
    }
}
