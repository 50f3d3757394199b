package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.config.AutogenConfig;
import dev.autogen.files.AtomicFile;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The entity classpath of a Maven project seen from outside Maven: {@code target/classes} and the
 * dependency jars, which the project's own {@code ./mvnw} (else {@code mvn}) lists once with
 * {@code dependency:build-classpath}; the list is cached in {@code .autogen/} and listed again
 * when {@code pom.xml} changes.
 *
 * <pre>{@code
 * AutogenConfig config = MavenClasspath.applyTo(AutogenConfig.load(file, System.getenv()));
 * }</pre>
 */
public final class MavenClasspath {

    /** The cache, in the project's state directory: a header line with the pom's hash, then one entry a line. */
    public static final String CACHE_FILE = "maven-classpath.txt";
    /** The goal that lists the jars, at a fixed version so that any project's build gives the same answer. */
    static final String GOAL = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath";
    private static final String HEADER = "# dependency jars of pom.xml sha256 ";

    private final List<String> maven;

    /** Runs the project's {@code mvnw} (here or in a parent directory), else {@code mvn} from the PATH. */
    public MavenClasspath() {
        this(null);
    }

    /** Runs {@code maven} (a command and its first arguments) instead of looking for one. */
    MavenClasspath(List<String> maven) {
        this.maven = maven == null ? null : List.copyOf(maven);
    }

    /**
     * {@code config} with the Maven project's classpath when its file gives no {@code [entities]
     * classpath} and a {@code pom.xml} sits beside it; otherwise {@code config} unchanged.
     */
    public static AutogenConfig applyTo(AutogenConfig config) {
        Path pom = config.baseDirectory().resolve("pom.xml");
        if (config.classpathGiven() || !Files.isRegularFile(pom)) {
            return config;
        }
        return config.withClasspath(new MavenClasspath().resolve(config.baseDirectory(), config.stateDirectory()));
    }

    /** {@code target/classes} of the project in {@code directory}, then its compile and provided dependencies. */
    public List<Path> resolve(Path directory, Path stateDirectory) {
        Path classes = directory.resolve(AutogenConfig.DEFAULT_CLASSPATH);
        if (!Files.isDirectory(classes)) {
            throw new AutogenException("no compiled classes in " + classes + "; run `mvn compile` (or ./mvnw "
                    + "compile) there first, or give the entity classpath with --classpath");
        }
        Path pom = directory.resolve("pom.xml");
        String hash = sha256(pom);
        Path cache = stateDirectory.resolve(CACHE_FILE);
        List<Path> jars = cached(cache, hash);
        if (jars == null) {
            jars = list(directory, pom, stateDirectory);
            write(cache, hash, jars);
        }
        List<Path> classpath = new ArrayList<>();
        classpath.add(classes);
        classpath.addAll(jars);
        return classpath;
    }

    /** The cached jars if the cache is of this pom and every jar is still there; else null. */
    private static List<Path> cached(Path cache, String hash) {
        if (!Files.isRegularFile(cache)) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER + hash)) {
                return null;
            }
            List<Path> jars = lines.subList(1, lines.size()).stream().map(Path::of).toList();
            return jars.stream().allMatch(Files::exists) ? jars : null;
        } catch (IOException e) {
            return null;
        }
    }

    private List<Path> list(Path directory, Path pom, Path stateDirectory) {
        try {
            Files.createDirectories(stateDirectory);
            Path output = Files.createTempFile(stateDirectory, "classpath", ".txt");
            Path log = Files.createTempFile(stateDirectory, "maven", ".log");
            try {
                List<String> command = new ArrayList<>(maven == null ? maven(directory) : maven);
                command.addAll(List.of("-B", "-q", "-f", pom.toString(), GOAL, "-Dmdep.outputFile=" + output,
                        "-DincludeScope=compile"));
                Process process = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
                process.getOutputStream().close();
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new AutogenException("`" + command.get(0) + " dependency:build-classpath` failed (exit "
                            + exit + ") in " + directory + ": " + firstError(log)
                            + "; fix the build, or give the entity classpath with --classpath");
                }
                String text = Files.readString(output, StandardCharsets.UTF_8).strip();
                return text.isEmpty() ? List.of()
                        : List.of(text.split(File.pathSeparator)).stream().map(Path::of).toList();
            } finally {
                Files.deleteIfExists(output);
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new AutogenException("cannot run Maven to find the classpath of " + directory + " (" + e.getMessage()
                    + "); install Maven or add ./mvnw, or give the entity classpath with --classpath", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutogenException("interrupted while Maven listed the classpath of " + directory, e);
        }
    }

    /** The nearest {@code mvnw} from {@code directory} up, else {@code mvn}. */
    private static List<String> maven(Path directory) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String wrapper = windows ? "mvnw.cmd" : "mvnw";
        for (Path dir = directory.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(wrapper);
            if (Files.isRegularFile(candidate) && (windows || Files.isExecutable(candidate))) {
                return List.of(candidate.toString());
            }
        }
        return List.of(windows ? "mvn.cmd" : "mvn");
    }

    /** The first error Maven printed (with its next line when it ends in a colon), else its last line. */
    private static String firstError(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("[ERROR]") || lines.get(i).startsWith("[FATAL]")) {
                String text = withoutLevels(lines.get(i));
                if (text.isEmpty()) {
                    continue;
                }
                boolean more = text.endsWith(":") && i + 1 < lines.size();
                return more ? text + " " + withoutLevels(lines.get(i + 1)) : text;
            }
        }
        return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
    }

    private static String withoutLevels(String line) {
        return line.replaceFirst("^(\\s*\\[(ERROR|FATAL|WARNING)\\]\\s*)+", "").strip();
    }

    private static void write(Path cache, String hash, List<Path> jars) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER + hash);
        jars.forEach(jar -> lines.add(jar.toString()));
        try {
            AtomicFile.write(cache, String.join("\n", lines) + "\n", true);
        } catch (IOException e) {
            throw new AutogenException("cannot write " + cache + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new AutogenException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
