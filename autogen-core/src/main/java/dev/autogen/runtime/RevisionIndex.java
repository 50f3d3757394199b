package dev.autogen.runtime;

import dev.autogen.files.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * An index of a package's migrations, {@code META-INF/autogen/revisions/PACKAGE} beside the
 * classes (written at build time by {@code autogen:index}): every class file of the package and its
 * subpackages with its size, modification time and CRC-32, and for each migration what its
 * {@code @Revision} says. With it an application builds the revision graph without scanning or
 * loading the classes ({@link ClasspathMigrations}); the class files on the class path must be
 * exactly those the index lists ({@link IndexedPackage}), else the index is not used.
 *
 * <pre>{@code
 * RevisionIndex.write(Path.of("target/classes"), "com.acme.migrations");
 * }</pre>
 */
public record RevisionIndex(String packageName, Map<String, IndexedFile> files) {

    /** Where indexes live on the class path; the file name is the package. */
    public static final String DIRECTORY = "META-INF/autogen/revisions/";
    private static final String HEADER = "# autogen revision index, format 1";

    /**
     * One class file, by path from the class-path root ({@code com/acme/migrations/M1.class}), and
     * the migration it holds: its class name and revision, or null for another class.
     */
    public record IndexedFile(String path, long size, long modifiedMillis, long crc, String className,
                              RevisionInfo revision) {
    }

    public RevisionIndex {
        Objects.requireNonNull(packageName, "packageName");
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** The resource name of a package's index: {@code META-INF/autogen/revisions/com.acme.migrations}. */
    public static String resourceName(String packageName) {
        return DIRECTORY + packageName;
    }

    /** The package's folder on the class path, {@code com/acme/migrations}. */
    static String folder(String packageName) {
        return packageName.replace('.', '/');
    }

    /**
     * Writes the index of {@code packageName} under {@code classes} (a classes directory, e.g.
     * {@code target/classes}) into that directory, replacing any; returns the number of migrations.
     */
    public static int write(Path classes, String packageName) throws IOException {
        Map<String, RevisionInfo> revisions = ClasspathMigrations.revisionsIn(classes, packageName);
        Map<String, IndexedFile> files = new TreeMap<>();
        Path folder = classes.resolve(folder(packageName));
        if (Files.isDirectory(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (!attributes.isRegularFile()) {
                        continue;
                    }
                    String path = classes.relativize(file).toString().replace('\\', '/');
                    String className = path.substring(0, path.length() - ".class".length()).replace('/', '.');
                    RevisionInfo revision = revisions.get(className);
                    files.put(path, new IndexedFile(path, attributes.size(), attributes.lastModifiedTime().toMillis(),
                            crc(Files.readAllBytes(file)), revision == null ? null : className, revision));
                }
            }
        }
        RevisionIndex index = new RevisionIndex(packageName, files);
        AtomicFile.write(classes.resolve(resourceName(packageName)), index.text(), true);
        return revisions.size();
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** The index as it is stored. */
    String text() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add("package\t" + packageName);
        for (IndexedFile file : files.values()) {
            List<String> fields = new ArrayList<>(List.of("file", RevisionInfo.escape(file.path()),
                    String.valueOf(file.size()), String.valueOf(file.modifiedMillis()), Long.toHexString(file.crc()),
                    file.className() == null ? "" : file.className()));
            fields.addAll(file.revision() == null ? Collections.nCopies(RevisionInfo.FIELD_COUNT, "")
                    : file.revision().fields());
            lines.add(String.join("\t", fields));
        }
        return String.join("\n", lines) + "\n";
    }

    /** Reads an index; throws {@link IllegalArgumentException} for anything that is not one of {@code packageName}. */
    static RevisionIndex parse(byte[] bytes, String packageName) {
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).equals("package\t" + packageName)) {
            throw new IllegalArgumentException("not an index of " + packageName);
        }
        Map<String, IndexedFile> files = new TreeMap<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split("\t", -1);
            if (f.length != 6 + RevisionInfo.FIELD_COUNT || !f[0].equals("file")) {
                throw new IllegalArgumentException("not an index line: " + line);
            }
            RevisionInfo revision = f[6].isEmpty() ? null
                    : RevisionInfo.parse(Arrays.asList(f).subList(6, f.length));
            if ((revision == null) != f[5].isEmpty()) {
                throw new IllegalArgumentException("a migration without its class, or a class without its revision");
            }
            String path = RevisionInfo.unescape(f[1]);
            files.put(path, new IndexedFile(path, Long.parseLong(f[2]), Long.parseLong(f[3]),
                    Long.parseUnsignedLong(f[4], 16), f[5].isEmpty() ? null : f[5], revision));
        }
        return new RevisionIndex(packageName, files);
    }
}
