package dev.autogen.runtime.compile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the migrations were compiled against in the class-path directories (the entities'
 * {@code target/classes}, e.g.): each class file javac read, by stamp and SHA-256, and each package
 * javac looked into, by the names of the class files in it. The cached classes stay valid while
 * all of these do, so recompiling an entity that no migration refers to recompiles nothing, while
 * changing one a migration reads, or adding a class to a package a migration imports, recompiles
 * them all. Class files named like a migration source ({@code M1.class}, {@code M1$1.class} for a
 * source {@code M1.java}) are left out of package listings: a build tool compiles the migrations
 * into the same directory, and those are the migrations themselves. Jars are stamped whole in the
 * compiler inputs instead ({@link CompilerInputs}).
 *
 * <p>Lines: {@code read PATH STAMP SHA256} and {@code list DIRECTORY PACKAGE DIGEST}.
 */
record CompileDependencies(Map<Path, Read> reads, Map<Listing, String> listings) {

    static final CompileDependencies NONE = new CompileDependencies(Map.of(), Map.of());

    record Read(String stamp, String sha256) {
    }

    record Listing(Path directory, String packageName) implements Comparable<Listing> {
        @Override
        public int compareTo(Listing other) {
            int byDirectory = directory.compareTo(other.directory);
            return byDirectory != 0 ? byDirectory : packageName.compareTo(other.packageName);
        }
    }

    CompileDependencies {
        reads = new TreeMap<>(reads);
        listings = new TreeMap<>(listings);
    }

    static boolean isLine(String[] fields) {
        return fields.length == 4 && (fields[0].equals("read") || fields[0].equals("list"));
    }

    static CompileDependencies parse(List<String> lines) {
        Map<Path, Read> reads = new TreeMap<>();
        Map<Listing, String> listings = new TreeMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("read")) {
                reads.put(Path.of(f[1]), new Read(f[2], f[3]));
            } else {
                listings.put(new Listing(Path.of(f[1]), f[2]), f[3]);
            }
        }
        return new CompileDependencies(reads, listings);
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        reads.forEach((path, read) -> lines.add(String.join("\t", "read", path.toString(), read.stamp(),
                read.sha256())));
        listings.forEach((listing, digest) -> lines.add(String.join("\t", "list", listing.directory().toString(),
                listing.packageName(), digest)));
        return lines;
    }

    /**
     * The lines of {@link #lines()} without the stamps: what the files and packages hold, not
     * when they were last touched ({@code read PATH SHA256}, {@code list DIRECTORY PACKAGE DIGEST}).
     */
    List<String> contentLines() {
        List<String> lines = new ArrayList<>();
        reads.forEach((path, read) -> lines.add(String.join("\t", "read", path.toString(), read.sha256())));
        listings.forEach((listing, digest) -> lines.add(String.join("\t", "list", listing.directory().toString(),
                listing.packageName(), digest)));
        return lines;
    }

    /**
     * What javac read from the class-path {@code directories} (the {@code file:} URIs among
     * {@code read}) and listed there ({@code packages}), as it is now.
     */
    static CompileDependencies recorded(Collection<Path> directories, Collection<URI> read,
                                        Collection<String> packages, Set<String> stems, long nowMillis)
            throws IOException {
        Map<Path, Read> reads = new TreeMap<>();
        for (URI uri : read) {
            if (!"file".equals(uri.getScheme())) {
                continue; // a jar's entry (the jar is stamped whole) or the platform's (the Java version is in the inputs)
            }
            Path file = Path.of(uri).toAbsolutePath().normalize();
            if (directories.stream().anyMatch(file::startsWith) && Files.isRegularFile(file)) {
                reads.put(file, new Read(FileStamp.settled(file, nowMillis), sha256(file)));
            }
        }
        Map<Listing, String> listings = new TreeMap<>();
        for (Path directory : directories) {
            for (String packageName : packages) {
                listings.put(new Listing(directory, packageName), listing(directory, packageName, stems));
            }
        }
        return new CompileDependencies(reads, listings);
    }

    /** These and {@code more} (where both name a file, {@code more}'s). */
    CompileDependencies plus(CompileDependencies more) {
        Map<Path, Read> allReads = new TreeMap<>(reads);
        allReads.putAll(more.reads);
        Map<Listing, String> allListings = new TreeMap<>(listings);
        allListings.putAll(more.listings);
        return new CompileDependencies(allReads, allListings);
    }

    /**
     * These dependencies with their stamps brought up to date when every file read has the same
     * bytes and every package the same class files as when recorded; empty when any changed.
     */
    Optional<CompileDependencies> check(Set<String> stems, long nowMillis) throws IOException {
        Map<Path, Read> restamped = new TreeMap<>();
        for (Map.Entry<Path, Read> read : reads.entrySet()) {
            Path file = read.getKey();
            String stamp = FileStamp.of(file);
            if (stamp.isEmpty()) {
                return Optional.empty();
            }
            if (read.getValue().stamp().isEmpty() || !stamp.equals(read.getValue().stamp())) {
                if (!sha256(file).equals(read.getValue().sha256())) {
                    return Optional.empty();
                }
                restamped.put(file, new Read(FileStamp.settled(file, nowMillis), read.getValue().sha256()));
            } else {
                restamped.put(file, read.getValue());
            }
        }
        for (Map.Entry<Listing, String> listing : listings.entrySet()) {
            if (!listing(listing.getKey().directory(), listing.getKey().packageName(), stems)
                    .equals(listing.getValue())) {
                return Optional.empty();
            }
        }
        return Optional.of(new CompileDependencies(restamped, listings));
    }

    /** SHA-256 of the sorted names of the class files directly in a package of a directory, less the migrations'. */
    private static String listing(Path directory, String packageName, Set<String> stems) throws IOException {
        Path folder = packageName.isEmpty() ? directory : directory.resolve(packageName.replace('.', '/'));
        TreeSet<String> names = new TreeSet<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.class")) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    String topLevel = name.substring(0, name.length() - ".class".length()).split("\\$", 2)[0];
                    if (!stems.contains(topLevel)) {
                        names.add(name);
                    }
                }
            }
        }
        MessageDigest sha256 = SourceChecksum.sha256();
        names.forEach(name -> sha256.update((name + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static String sha256(Path file) throws IOException {
        return HexFormat.of().formatHex(SourceChecksum.sha256().digest(Files.readAllBytes(file)));
    }
}
