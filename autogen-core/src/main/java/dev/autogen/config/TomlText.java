package dev.autogen.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.autogen.AutogenException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of {@code autogen.toml}, parsed as TOML, with syntax errors reported by line and column
 * and the line of a key found again for messages about it.
 */
final class TomlText {

    private static final Pattern HEADER = Pattern.compile("^\\s*\\[\\s*([^\\[\\]]+?)\\s*]\\s*(#.*)?$");
    private static final Pattern ASSIGNMENT = Pattern.compile("^\\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_.\\-]+)\\s*=");

    private final Path file;
    private final List<String> lines;

    private TomlText(Path file, String text) {
        this.file = file;
        this.lines = text.lines().toList();
    }

    /** Reads and parses {@code file}; a file that is not UTF-8 or not TOML is one clear error. */
    static TomlText read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new AutogenException(file + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new AutogenException("cannot read " + file + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); check that it exists and is readable", e);
        }
        return new TomlText(file, text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    /** The parsed tree; dates and times stay typed, so that they are not mistaken for strings. */
    JsonNode parse() {
        try {
            return TomlTree.parse(String.join("\n", lines));
        } catch (JsonProcessingException e) {
            throw syntaxError(e);
        } catch (IOException e) {
            throw new AutogenException("cannot read " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private AutogenException syntaxError(JsonProcessingException e) {
        String reason = String.valueOf(e.getOriginalMessage()).replaceAll("\\s+", " ").strip();
        if (reason.equals("Duplicate key")) {
            Map.Entry<String, Integer> duplicate = firstDuplicate();
            if (duplicate != null) {
                return new AutogenException(file + ", line " + duplicate.getValue() + ": " + duplicate.getKey()
                        + " is given twice; keep one of them", e);
            }
        }
        JsonLocation at = e.getLocation();
        String where = at == null || at.getLineNr() < 1 ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr();
        String advice = reason.equals("Table redefined") ? "each [section] may appear only once; merge them"
                : "fix it there (strings in \"quotes\", lists in [brackets], one key = value per line; "
                + "`autogen init` in an empty directory writes a commented example)";
        return new AutogenException(file + where + ": not valid TOML (" + reason.toLowerCase() + "); " + advice, e);
    }

    /** The line (1-based) of {@code key} in {@code [section]} ({@code section} empty: before any). */
    OptionalInt lineOf(String section, String key) {
        String current = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                current = header.group(1);
                continue;
            }
            Matcher assignment = ASSIGNMENT.matcher(line);
            if (current.equals(section) && assignment.find() && unquote(assignment.group(1)).equals(key)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** The line of a section's header. */
    OptionalInt lineOf(String section) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher header = HEADER.matcher(lines.get(i));
            if (header.matches() && header.group(1).equals(section)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /** {@code [section] key} and the line of its second assignment, as the parser does not say. */
    private Map.Entry<String, Integer> firstDuplicate() {
        Map<String, Integer> seen = new HashMap<>();
        String current = "";
        for (int i = 0; i < lines.size(); i++) {
            Matcher header = HEADER.matcher(lines.get(i));
            if (header.matches()) {
                current = header.group(1);
                continue;
            }
            Matcher assignment = ASSIGNMENT.matcher(lines.get(i));
            if (assignment.find()) {
                String key = (current.isEmpty() ? "" : "[" + current + "] ") + unquote(assignment.group(1));
                if (seen.putIfAbsent(key, i + 1) != null) {
                    return Map.entry(key, i + 1);
                }
            }
        }
        return null;
    }

    private static String unquote(String key) {
        return key.length() >= 2 && (key.startsWith("\"") || key.startsWith("'"))
                ? key.substring(1, key.length() - 1) : key;
    }
}
