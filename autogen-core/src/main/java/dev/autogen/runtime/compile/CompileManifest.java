package dev.autogen.runtime.compile;

import dev.autogen.files.AtomicFile;
import dev.autogen.runtime.RevisionInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the compile cache holds: the hash of the compiler inputs it was built with, the class-path
 * files and packages javac read while compiling ({@link CompileDependencies}) and, for each source
 * (by path relative to the migrations directory, with {@code /}), its stamp and checksum, class
 * name, class files (relative to the classes directory) with their stamps and checksum (so that a
 * truncated or altered class file is compiled again rather than loaded), and what its
 * {@code @Revision} says (so the graph is built without loading the class). Stored as a small
 * tab-separated text file; one that cannot be read (truncated, not text, another format) counts as
 * empty.
 */
record CompileManifest(String inputs, CompileDependencies dependencies, Map<String, Entry> entries) {

    private static final String HEADER = "# autogen compile cache, format 3";
    private static final int SOURCE_FIELDS = 8 + RevisionInfo.FIELD_COUNT;

    /**
     * One source: {@code stamp} and {@code classStamps} are {@link FileStamp}s ({@code ""} when not
     * to be trusted); {@code revision} is null when the class declares none that can be read at
     * compile time (it is then loaded to be read, and to report what is wrong with it).
     */
    record Entry(String source, String stamp, String checksum, String className, List<String> classFiles,
                 List<String> classStamps, String classesChecksum, RevisionInfo revision) {
        Entry {
            classFiles = List.copyOf(classFiles);
            classStamps = List.copyOf(classStamps);
        }

        /**
         * Whether every class file is in {@code classes} with the bytes it was written with: its
         * stamp unchanged, else its bytes hashed again.
         */
        boolean intact(Path classes) {
            if (classFiles.isEmpty()) {
                return false;
            }
            try {
                if (classStamps.size() == classFiles.size() && !classStamps.contains("")) {
                    boolean same = true;
                    for (int i = 0; i < classFiles.size() && same; i++) {
                        same = classStamps.get(i).equals(FileStamp.of(classes.resolve(classFiles.get(i))));
                    }
                    if (same) {
                        return true;
                    }
                }
                return classesChecksum.equals(CompileManifest.checksum(classes, classFiles));
            } catch (IOException e) {
                return false;
            }
        }

        /** The same entry with the class files' stamps as they are now (empty while too recent). */
        Entry restamped(Path classes, long nowMillis) throws IOException {
            List<String> stamps = new ArrayList<>();
            for (String file : classFiles) {
                stamps.add(FileStamp.settled(classes.resolve(file), nowMillis));
            }
            return new Entry(source, stamp, checksum, className, classFiles, stamps, classesChecksum, revision);
        }

        Entry withStamp(String newStamp) {
            return new Entry(source, newStamp, checksum, className, classFiles, classStamps, classesChecksum,
                    revision);
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
        return new CompileManifest("", CompileDependencies.NONE, Map.of());
    }

    /** The manifest in {@code file}, or an empty one if it is missing or not in this format. */
    static CompileManifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("inputs\t")) {
                return empty();
            }
            Map<String, Entry> entries = new TreeMap<>();
            List<String> dependencies = new ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] fields = line.split("\t", -1);
                if (CompileDependencies.isLine(fields)) {
                    dependencies.add(line);
                    continue;
                }
                if (fields.length != SOURCE_FIELDS || !fields[0].equals("source")) {
                    return empty();
                }
                List<String> classFiles = split(fields[5]);
                List<String> classStamps = split(fields[6]);
                RevisionInfo revision = fields[8].isEmpty() ? null
                        : RevisionInfo.parse(Arrays.asList(fields).subList(8, SOURCE_FIELDS));
                entries.put(fields[1], new Entry(fields[1], fields[2], fields[3], fields[4], classFiles,
                        classStamps.size() == classFiles.size() ? classStamps : List.of(), fields[7], revision));
            }
            return new CompileManifest(lines.get(1).substring("inputs\t".length()),
                    CompileDependencies.parse(dependencies), entries);
        } catch (IOException | IllegalArgumentException e) {
            return empty();
        }
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split("\\|", -1));
    }

    /** Writes through a temporary file, so a reader sees the old manifest or the new one. */
    void write(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("inputs\t" + inputs);
        lines.addAll(dependencies.lines());
        for (Entry entry : entries.values()) {
            List<String> fields = new ArrayList<>(List.of("source", entry.source(), entry.stamp(), entry.checksum(),
                    entry.className(), String.join("|", entry.classFiles()), String.join("|", entry.classStamps()),
                    entry.classesChecksum()));
            fields.addAll(entry.revision() == null ? java.util.Collections.nCopies(RevisionInfo.FIELD_COUNT, "")
                    : entry.revision().fields());
            lines.add(String.join("\t", fields));
        }
        AtomicFile.write(file, String.join("\n", lines) + "\n", true);
    }
}
