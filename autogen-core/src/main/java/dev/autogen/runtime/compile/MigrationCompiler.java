package dev.autogen.runtime.compile;

import dev.autogen.api.Migration;
import dev.autogen.runtime.RevisionInfo;
import dev.autogen.runtime.compile.CompileManifest.Entry;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles the migration sources of a directory in-process and keeps the classes in a cache
 * directory, so a source whose text and compiler inputs are unchanged is not compiled again.
 *
 * <pre>{@code
 * var compiler = new MigrationCompiler(Path.of(".autogen/classes"), List.of(Path.of("target/classes")));
 * try (CompiledMigrations migrations = compiler.compile(Path.of("src/main/java/com/acme/migrations"),
 *         Migration.class.getClassLoader())) {
 *     Class<?> first = migrations.classLoader().loadClass(migrations.sources().get(0).className());
 * }
 * }</pre>
 *
 * <p>Only changed sources are compiled, against the cached classes of the others; a change in
 * one source does not recompile the sources that refer to it, which migrations seldom do.
 * Processes (and threads) sharing a cache directory take turns: each compiles under a file lock
 * on {@code lock} in it, so two autogen runs started at once never see half-written classes.
 */
public final class MigrationCompiler {

    static final List<String> OPTIONS = List.of("--release", "17", "-implicit:none",
            "-encoding", "UTF-8", "-g", "-Xlint:none");

    private final Path cacheDirectory;
    private final List<Path> classpath;
    private final JavaCompiler javac;

    /**
     * @param cacheDirectory where classes and the manifest are kept, e.g. {@code .autogen/classes}
     * @param classpath      what migrations compile against besides the autogen api, which is
     *                       always added
     */
    public MigrationCompiler(Path cacheDirectory, List<Path> classpath) {
        this(cacheDirectory, classpath, ToolProvider.getSystemJavaCompiler());
    }

    /** With a given compiler; {@code null} stands for a Java runtime that has none. */
    MigrationCompiler(Path cacheDirectory, List<Path> classpath, JavaCompiler javac) {
        this.cacheDirectory = Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        Set<Path> entries = new LinkedHashSet<>();
        Objects.requireNonNull(classpath, "classpath").forEach(p -> entries.add(p.toAbsolutePath().normalize()));
        entries.add(apiLocation());
        this.classpath = List.copyOf(entries);
        this.javac = javac;
    }

    /**
     * Compiles what changed among the {@code .java} files under {@code sourceDirectory} and returns
     * a class loader, a child of {@code parent}, over all of them. {@code parent} should see the
     * autogen api, so that the migrations implement the caller's {@link Migration}.
     *
     * @throws MigrationCompileException with javac's first error, e.g.
     *                                   {@code migrations/M1.java:12: error: ';' expected}; no class
     *                                   of the failed compilation is kept
     */
    public CompiledMigrations compile(Path sourceDirectory, ClassLoader parent) {
        try {
            Files.createDirectories(cacheDirectory);
            synchronized (MigrationCompiler.class) {   // a FileLock excludes other processes, not other threads
                try (FileChannel channel = FileChannel.open(cacheDirectory.resolve("lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    return compileOrThrow(sourceDirectory, parent);
                }
            }
        } catch (IOException e) {
            throw failure(sourceDirectory, e);
        }
    }

    /** An I/O failure as one line: the compile cache's (delete it, it is rebuilt) or the sources'. */
    private MigrationCompileException failure(Path sourceDirectory, IOException e) {
        String file = e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : null;
        String what = e instanceof java.nio.file.FileAlreadyExistsException ? file + " is in the way"
                : e instanceof java.nio.file.AccessDeniedException ? file + ": permission denied"
                : e instanceof java.nio.file.NoSuchFileException ? file + ": no such file"
                : String.valueOf(e.getMessage());
        if (file == null || Path.of(file).toAbsolutePath().startsWith(cacheDirectory.toAbsolutePath())) {
            return new MigrationCompileException("cannot use the compile cache " + cacheDirectory + " (" + what
                    + "); delete it (it is rebuilt), or make it writable to this user", e);
        }
        return new MigrationCompileException("cannot read the migrations in " + sourceDirectory + " (" + what
                + "); make them readable to this user", e);
    }

    private CompiledMigrations compileOrThrow(Path sourceDirectory, ClassLoader parent) throws IOException {
        Path classes = cacheDirectory.resolve("classes");
        Path manifestFile = cacheDirectory.resolve("manifest.tsv");
        Files.createDirectories(classes);
        long now = System.currentTimeMillis();
        CompileManifest cached = CompileManifest.read(manifestFile);
        Map<String, Source> sources = sources(sourceDirectory, cached, now);
        Set<String> stems = stems(sources.values());
        String inputs = CompilerInputs.hash(OPTIONS, classpath);

        Optional<CompileDependencies> dependencies = cached.inputs().equals(inputs)
                ? cached.dependencies().check(stems, now) : Optional.empty();
        if (dependencies.isEmpty()) {
            deleteTree(classes);
            Files.createDirectories(classes);
            cached = new CompileManifest(inputs, CompileDependencies.NONE, Map.of());
        }
        Map<String, Entry> kept = new TreeMap<>();
        List<Source> stale = new ArrayList<>();
        for (Source source : sources.values()) {
            Entry entry = cached.entries().get(source.relative());
            if (entry != null && entry.checksum().equals(source.checksum()) && entry.intact(classes)) {
                kept.put(source.relative(), entry.withStamp(source.stamp()));
            } else {
                stale.add(source);
            }
        }
        Map<String, Entry> entries = new TreeMap<>(kept);
        Map<String, Entry> compiled = Map.of();
        CompileDependencies compiledAgainst = dependencies.orElse(CompileDependencies.NONE);
        if (!stale.isEmpty()) {
            Compiled run = compileInto(sourceDirectory, classes, stale, kept, stems);
            compiled = run.entries();
            compiledAgainst = kept.isEmpty() ? run.dependencies() : compiledAgainst.plus(run.dependencies());
        }
        for (Entry gone : cached.entries().values()) {
            if (!kept.containsKey(gone.source())) {
                deleteClassFiles(classes, gone, compiled);
            }
        }
        entries.putAll(compiled);
        for (Map.Entry<String, Entry> entry : entries.entrySet()) {
            if (entry.getValue().classStamps().isEmpty() || entry.getValue().classStamps().contains("")) {
                entry.setValue(entry.getValue().restamped(classes, now));
            }
        }
        CompileManifest manifest = new CompileManifest(inputs, compiledAgainst, entries);
        if (!manifest.equals(cached)) {
            manifest.write(manifestFile);
        }
        List<CompiledSource> result = new ArrayList<>();
        for (Source source : sources.values()) {
            Entry entry = entries.get(source.relative());
            result.add(new CompiledSource(source.path(), entry.className(), source.checksum(), entry.revision()));
        }
        List<String> compiledAgainstLines = new ArrayList<>();
        compiledAgainstLines.add("inputs\t" + inputs);
        compiledAgainstLines.addAll(compiledAgainst.contentLines());
        return new CompiledMigrations(new MigrationClassLoader(classes, classpath, parent), result,
                stale.stream().map(Source::path).toList(), compiledAgainstLines);
    }

    /** What one javac run made: the stale sources' entries and what they were compiled against. */
    private record Compiled(Map<String, Entry> entries, CompileDependencies dependencies) {
    }

    /**
     * Compiles into a temporary directory, then moves the classes into {@code classes}; a class
     * that a kept source already declares is an error. The caller deletes replaced class files.
     */
    private Compiled compileInto(Path sourceDirectory, Path classes, List<Source> stale, Map<String, Entry> kept,
                                 Set<String> stems) throws IOException {
        if (javac == null) {
            throw new MigrationCompileException("compiling migrations needs a JDK, but this Java runtime ("
                    + System.getProperty("java.home") + ") has no compiler; run autogen with a JDK 17 or later");
        }
        Path temporary = Files.createTempDirectory(cacheDirectory, "compiling-");
        try {
            Javac run = runJavac(temporary, classes, stale, stems);
            Map<String, Entry> compiled = new TreeMap<>();
            Map<String, String> owners = owners(kept);
            for (Source source : stale) {
                List<String> names = run.classNames().getOrDefault(source.relative(), List.of());
                List<String> files = names.stream().map(n -> n.replace('.', '/') + ".class").sorted().toList();
                for (String file : files) {
                    String owner = owners.putIfAbsent(file, source.relative());
                    if (owner != null) {
                        throw new MigrationCompileException(source.path() + ": error: duplicate class "
                                + file.replace('/', '.').replaceAll("\\.class$", "") + ", also declared in "
                                + sourceDirectory.resolve(owner));
                    }
                }
                String className = topLevelClass(source, names);
                compiled.put(source.relative(), new Entry(source.relative(), source.stamp(), source.checksum(),
                        className, files, List.of(), CompileManifest.checksum(temporary, files),
                        run.revisions().get(className)));
            }
            for (Entry entry : compiled.values()) {
                for (String file : entry.classFiles()) {
                    Path target = classes.resolve(file);
                    Files.createDirectories(target.getParent());
                    Files.move(temporary.resolve(file), target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return new Compiled(compiled, run.dependencies());
        } finally {
            deleteTree(temporary);
        }
    }

    /** What javac wrote (binary class names by source) and read (revisions, class-path dependencies). */
    private record Javac(Map<String, List<String>> classNames, Map<String, RevisionInfo> revisions,
                         CompileDependencies dependencies) {
    }

    private Javac runJavac(Path output, Path classes, List<Source> stale, Set<String> stems) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
             OutputRecordingFileManager files = new OutputRecordingFileManager(standard)) {
            List<Path> searchPath = new ArrayList<>(classpath);
            searchPath.add(classes.toAbsolutePath());
            standard.setLocationFromPaths(StandardLocation.CLASS_PATH, searchPath);
            standard.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of());
            standard.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            Map<String, JavaFileObject> objects = new LinkedHashMap<>();
            for (Source source : stale) {
                objects.put(source.relative(), standard.getJavaFileObjects(source.path()).iterator().next());
            }
            RevisionCollector revisions = new RevisionCollector();
            JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, OPTIONS, null, objects.values());
            task.setProcessors(List.of(revisions));
            if (!Boolean.TRUE.equals(task.call())) {
                throw new MigrationCompileException(firstError(diagnostics, stale));
            }
            Map<String, List<String>> classNames = new TreeMap<>();
            objects.forEach((relative, object) -> classNames.put(relative, files.classNames(object.toUri())));
            List<Path> directories = classpath.stream().filter(p -> !Files.isRegularFile(p)).toList();
            return new Javac(classNames, revisions.revisions(), CompileDependencies.recorded(directories,
                    files.read(), files.listedPackages(), stems, System.currentTimeMillis()));
        }
    }

    /** {@code path/File.java:12: error: ';' expected}, with the path as the caller gave it. */
    private static String firstError(DiagnosticCollector<JavaFileObject> diagnostics, List<Source> stale) {
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String message = diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("").strip();
            if (diagnostic.getSource() == null) {
                // javac's own prefix would print as "error: error: ..." after the front end's
                return "javac: " + message;
            }
            String where = stale.stream()
                    .filter(s -> s.path().toAbsolutePath().normalize().toUri().equals(diagnostic.getSource().toUri().normalize()))
                    .map(s -> s.path().toString())
                    .findFirst()
                    .orElse(diagnostic.getSource().getName());
            long line = diagnostic.getLineNumber();
            return where + (line > 0 ? ":" + line : "") + ": error: " + message;
        }
        return "javac failed without reporting an error";
    }

    private static String topLevelClass(Source source, List<String> classNames) {
        String stem = source.path().getFileName().toString().replaceAll("\\.java$", "");
        List<String> topLevel = classNames.stream().filter(n -> !n.contains("$")).sorted().toList();
        return topLevel.stream()
                .filter(n -> n.equals(stem) || n.endsWith("." + stem))
                .findFirst()
                .or(() -> topLevel.stream().findFirst())
                .orElseThrow(() -> new MigrationCompileException(source.path() + ": error: declares no class"));
    }

    /**
     * The {@code .java} files under a directory by relative path, without package- and module-info;
     * a file whose stamp is the one the cache recorded keeps the recorded checksum, others are read.
     */
    private static Map<String, Source> sources(Path directory, CompileManifest cached, long now) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new MigrationCompileException("the migrations directory " + directory
                    + " does not exist; create it or set [migrations] directory in autogen.toml");
        }
        Map<String, Source> sources = new TreeMap<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = file.getFileName().toString();
                if (!attributes.isRegularFile() || !name.endsWith(".java") || name.equals("package-info.java")
                        || name.equals("module-info.java")) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = directory.relativize(file).toString().replace('\\', '/');
                Entry entry = cached.entries().get(relative);
                String stamp = FileStamp.of(attributes);
                if (entry != null && !entry.stamp().isEmpty() && entry.stamp().equals(stamp)) {
                    sources.put(relative, new Source(file, relative, entry.checksum(), stamp));
                } else {
                    String checksum = SourceChecksum.of(Files.readAllBytes(file));
                    sources.put(relative, new Source(file, relative, checksum, FileStamp.settled(attributes, now)));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return sources;
    }

    /** The file names of the sources without {@code .java}: the top-level classes the migrations declare. */
    private static Set<String> stems(Collection<Source> sources) {
        Set<String> stems = new java.util.HashSet<>();
        for (Source source : sources) {
            String name = source.path().getFileName().toString();
            stems.add(name.substring(0, name.length() - ".java".length()));
        }
        return stems;
    }

    private static Map<String, String> owners(Map<String, Entry> entries) {
        Map<String, String> owners = new TreeMap<>();
        entries.values().forEach(e -> e.classFiles().forEach(file -> owners.put(file, e.source())));
        return owners;
    }

    /** Deletes an entry's class files, except those that a newly compiled source now owns. */
    private static void deleteClassFiles(Path classes, Entry entry, Map<String, Entry> compiled) throws IOException {
        Set<String> reused = new LinkedHashSet<>();
        compiled.values().forEach(e -> reused.addAll(e.classFiles()));
        for (String file : entry.classFiles()) {
            if (!reused.contains(file)) {
                Files.deleteIfExists(classes.resolve(file));
            }
        }
    }

    private static Path apiLocation() {
        try {
            return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot tell where the autogen api classes were loaded from", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A migration source: its checksum, and the stamp under which that checksum was taken ("" when too recent). */
    private record Source(Path path, String relative, String checksum, String stamp) {
    }
}
