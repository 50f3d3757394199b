package dev.autogen.runtime.compile;

import dev.autogen.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the compile cache holds: the hash of the compiler inputs it was built with and, for each
 * source (by path relative to the migrations directory, with {@code /}), its checksum, class name,
 * class files (relative to the classes directory) and the checksum of those class files, so that a
 * truncated or altered class file is compiled again rather than loaded. Stored as a small
 * tab-separated text file; one that cannot be read (truncated, not text) counts as empty.
 */
record CompileManifest(String inputs, Map<String, Entry> entries) {

    private static final String HEADER = "# autogen compile cache, format 2";

    record Entry(String source, String checksum, String className, List<String> classFiles, String classesChecksum) {
        Entry {
            classFiles = List.copyOf(classFiles);
        }

        /** Whether every class file is in {@code classes} with the bytes it was written with. */
        boolean intact(Path classes) {
            if (classFiles.isEmpty()) {
                return false;
            }
            try {
                return classesChecksum.equals(CompileManifest.checksum(classes, classFiles));
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** SHA-256 over the class files' names and bytes, in the given order. */
    static String checksum(Path classes, List<String> classFiles) throws IOException {
        MessageDigest sha256 = SourceChecksum.sha256();
        for (String file : classFiles) {
            sha256.update((file + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] bytes = Files.readAllBytes(classes.resolve(file));
            sha256.update((bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(bytes);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    CompileManifest {
        entries = new TreeMap<>(entries);
    }

    static CompileManifest empty() {
        return new CompileManifest("", Map.of());
    }

    /** The manifest in {@code file}, or an empty one if it is missing or not in this format. */
    static CompileManifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return empty();
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("inputs\t")) {
            return empty();
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] fields = line.split("\t", -1);
            if (fields.length != 6 || !fields[0].equals("source")) {
                return empty();
            }
            List<String> classFiles = fields[4].isEmpty() ? List.of() : Arrays.asList(fields[4].split("\\|"));
            entries.put(fields[1], new Entry(fields[1], fields[2], fields[3], classFiles, fields[5]));
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
                    String.join("|", entry.classFiles()), entry.classesChecksum()));
        }
        AtomicFile.write(file, String.join("\n", lines) + "\n", true);
    }
}
