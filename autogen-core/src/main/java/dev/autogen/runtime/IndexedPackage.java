package dev.autogen.runtime;

import dev.autogen.AutogenException;
import dev.autogen.runtime.RevisionIndex.IndexedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A migrations package read through its {@link RevisionIndex}, used only when the index is the
 * package's one and true account: exactly one index on the class path, in the same class-path
 * root (classes directory or jar) as every folder of the package, and that root holding exactly the
 * class files the index lists, with the same sizes and CRC-32s (a jar's central directory has
 * them; in a directory a file whose modification time changed is read again). Anything else (no
 * index, a damaged one, a class added, removed or rebuilt since, a root of another kind) is no
 * error: the caller scans the package instead.
 */
final class IndexedPackage {

    private IndexedPackage() {
    }

    /** The package's migrations, their classes loaded when first used; empty when the index cannot be trusted. */
    static Optional<List<MigrationScript>> scripts(ClassLoader loader, String packageName) {
        try {
            String indexName = RevisionIndex.resourceName(packageName);
            List<URL> indexes = Collections.list(loader.getResources(indexName));
            if (indexes.size() != 1) {
                return Optional.empty();
            }
            String root = root(indexes.get(0), indexName);
            String folder = RevisionIndex.folder(packageName);
            for (URL url : Collections.list(loader.getResources(folder))) {
                if (root == null || !root.equals(root(url, folder))) {
                    return Optional.empty();
                }
            }
            RevisionIndex index;
            try (InputStream in = indexes.get(0).openStream()) {
                index = RevisionIndex.parse(in.readAllBytes(), packageName);
            }
            if (!matches(index, root, folder)) {
                return Optional.empty();
            }
            List<MigrationScript> scripts = new ArrayList<>();
            for (IndexedFile file : index.files().values()) {
                if (file.revision() != null) {
                    String name = file.className();
                    String checksum = ClasspathSources.checksum(loader, name);
                    scripts.add(MigrationScript.lazy(file.revision(), checksum, name, name, () -> load(loader, name)));
                }
            }
            scripts.sort(Comparator.comparing(MigrationScript::origin));
            return Optional.of(List.copyOf(scripts));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AutogenException("cannot load migration " + name + ": " + e.getMessage(), e);
        }
    }

    /** The class-path root of a resource, {@code file:/app/classes/} or {@code jar:file:/app.jar!/}; null if unclear. */
    private static String root(URL url, String name) {
        String text = url.toString();
        text = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        return text.endsWith("/" + name) ? text.substring(0, text.length() - name.length()) : null;
    }

    private static boolean matches(RevisionIndex index, String root, String folder) throws IOException {
        if (root.startsWith("file:")) {
            return matchesDirectory(index, Path.of(URI.create(root)), folder);
        }
        if (root.startsWith("jar:")) {
            return matchesJar(index, new URL(root), folder);
        }
        return false;
    }

    private static boolean matchesDirectory(RevisionIndex index, Path root, String folder) throws IOException {
        Map<String, IndexedFile> expected = index.files();
        Path start = root.resolve(folder);
        if (!Files.isDirectory(start)) {
            return expected.isEmpty();
        }
        int[] seen = {0};
        boolean[] same = {true};
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!attributes.isRegularFile() || !file.getFileName().toString().endsWith(".class")) {
                    return FileVisitResult.CONTINUE;
                }
                IndexedFile indexed = expected.get(root.relativize(file).toString().replace('\\', '/'));
                same[0] = indexed != null && indexed.size() == attributes.size()
                        && (indexed.modifiedMillis() == attributes.lastModifiedTime().toMillis()
                        || indexed.crc() == RevisionIndex.crc(Files.readAllBytes(file)));
                seen[0]++;
                return same[0] ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
            }
        });
        return same[0] && seen[0] == expected.size();
    }

    private static boolean matchesJar(RevisionIndex index, URL root, String folder) throws IOException {
        URLConnection connection = root.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return false;
        }
        jar.setUseCaches(false);
        Map<String, IndexedFile> expected = index.files();
        int seen = 0;
        try (JarFile file = jar.getJarFile()) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(folder + "/") || !name.endsWith(".class")) {
                    continue;
                }
                IndexedFile indexed = expected.get(name);
                if (indexed == null || indexed.size() != entry.getSize() || indexed.crc() != entry.getCrc()) {
                    return false;
                }
                seen++;
            }
        }
        return seen == expected.size();
    }
}
