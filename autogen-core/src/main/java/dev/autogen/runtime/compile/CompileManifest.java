package dev.autogen.runtime.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the compile cache holds: the hash of the compiler inputs it was built with and, for each
 * source (by path relative to the migrations directory, with {@code /}), its checksum, class name
 * and class files (relative to the classes directory). Stored as a small tab-separated text file.
 */
record CompileManifest(String inputs, Map<String, Entry> entries) {

    private static final String HEADER = "# autogen compile cache, format 1";

    record Entry(String source, String checksum, String className, List<String> classFiles) {
        Entry {
            classFiles = List.copyOf(classFiles);
        }
    }

    CompileManifest {
        entries = new TreeMap<>(entries);
    }

    static CompileManifest empty() {
        return new CompileManifest("", Map.of());
    }

    /** The manifest in {@code file}, or an empty one if it is missing or not in this format. */
    static CompileManifest read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("inputs\t")) {
            return empty();
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] fields = line.split("\t", -1);
            if (fields.length != 5 || !fields[0].equals("source")) {
                return empty();
            }
            List<String> classFiles = fields[4].isEmpty() ? List.of() : Arrays.asList(fields[4].split("\\|"));
            entries.put(fields[1], new Entry(fields[1], fields[2], fields[3], classFiles));
        }
        return new CompileManifest(lines.get(1).substring("inputs\t".length()), entries);
    }

    /** Writes through a temporary file, so a reader sees the old manifest or the new one. */
    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("inputs\t" + inputs);
        for (Entry entry : entries.values()) {
            lines.add(String.join("\t", "source", entry.source(), entry.checksum(), entry.className(),
                    String.join("|", entry.classFiles())));
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
