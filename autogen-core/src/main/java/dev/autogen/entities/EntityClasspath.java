package dev.autogen.entities;

import dev.autogen.AutogenException;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.Resource;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The checks that make a broken entity classpath an error naming the file and what to do, rather
 * than a class that is silently skipped (an entity left out of the diff reads as a table to drop)
 * or a wrapped stack trace: entries that do not exist or cannot be read, jars that are not zip
 * files (truncated, or something else renamed), and class files of the scanned packages that are
 * not class files, are truncated, or were compiled for a newer Java than the one running autogen.
 *
 * <pre>{@code
 * EntityClasspath.verifyEntries(List.of(Path.of("target/classes"), Path.of("lib/model.jar")));
 * }</pre>
 */
public final class EntityClasspath {

    /** What the classpath's options are called, for "remove it from ..." advice. */
    static final String WHERE = "the entity classpath (--classpath, [entities] classpath)";
    private static final int CLASS_MAGIC = 0xCAFEBABE;
    /** Class file major version of Java 1.0 is 45, of Java N (N >= 2) is 44 + N. */
    private static final int RUNTIME_MAJOR = 44 + Runtime.version().feature();

    private EntityClasspath() {
    }

    /** Each entry exists and can be read; each file among them opens as a jar. */
    public static void verifyEntries(List<Path> classpath) {
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                throw new AutogenException("entity classpath entry " + entry + " does not exist; compile the "
                        + "entities first (e.g. `./mvnw compile`), or remove it from " + WHERE);
            }
            if (!Files.isReadable(entry)) {
                throw new AutogenException("entity classpath entry " + entry + " cannot be read (permission "
                        + "denied); make it readable to this user (chmod a+r), or remove it from " + WHERE);
            }
            if (Files.isRegularFile(entry)) {
                verifyJar(entry);
            }
        }
    }

    /**
     * Jars found whole in this process, by path, with the size and time they had then: a run checks
     * the classpath for the migrations and again for the entities, and once is enough.
     */
    private static final Map<Path, String> VERIFIED = new ConcurrentHashMap<>();

    private static void verifyJar(Path jar) {
        String stamp = stamp(jar);
        if (stamp != null && stamp.equals(VERIFIED.get(jar.toAbsolutePath()))) {
            return;
        }
        try (ZipFile ignored = new ZipFile(jar.toFile())) {
            // opening reads the central directory: a truncated jar or another file fails here
            if (stamp != null) {
                VERIFIED.put(jar.toAbsolutePath(), stamp);
            }
        } catch (AccessDeniedException e) {
            throw new AutogenException("entity classpath entry " + jar + " cannot be read (permission denied); "
                    + "make it readable to this user (chmod a+r), or remove it from " + WHERE, e);
        } catch (ZipException e) {
            throw new AutogenException("entity classpath entry " + jar + " is not a jar (" + e.getMessage()
                    + "): it is truncated or not a zip file; rebuild it (e.g. `./mvnw package`), or remove it from "
                    + WHERE, e);
        } catch (IOException e) {
            throw new AutogenException("entity classpath entry " + jar + " cannot be read (" + e.getMessage()
                    + "); rebuild it (e.g. `./mvnw package`), or remove it from " + WHERE, e);
        }
    }

    private static String stamp(Path jar) {
        try {
            var attributes = Files.readAttributes(jar, java.nio.file.attribute.BasicFileAttributes.class);
            return attributes.size() + ":" + attributes.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Every class file of the scanned packages was read by the scan and runs on this Java: those
     * the scan skipped are broken (not a class file, truncated, unreadable) and are named with why.
     */
    static void verifyClasses(ScanResult scan) {
        Set<String> read = scan.getAllClasses().stream().map(ClassInfo::getName).collect(Collectors.toSet());
        TreeMap<String, String> broken = new TreeMap<>();
        for (Resource resource : scan.getResourcesWithExtension("class")) {
            String path = resource.getPath();
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            if (fileName.equals("module-info.class") || fileName.equals("package-info.class")
                    || path.startsWith("META-INF/")) {
                continue;
            }
            String className = path.substring(0, path.length() - ".class".length()).replace('/', '.');
            if (!read.contains(className)) {
                broken.putIfAbsent(location(resource), why(resource));
            }
        }
        if (!broken.isEmpty()) {
            var first = broken.firstEntry();
            String more = broken.size() == 1 ? "" : " (and " + (broken.size() - 1) + " more)";
            String todo = first.getKey().contains("!/")
                    ? "; rebuild the jar that holds it (e.g. `./mvnw clean package`), or remove it from " + WHERE
                    : "; rebuild the classes (e.g. `./mvnw clean compile`), or delete the file";
            throw new AutogenException(first.getKey() + " " + first.getValue() + more + todo);
        }
        for (ClassInfo info : scan.getAllClasses()) {
            if (info.getClassfileMajorVersion() > RUNTIME_MAJOR) {
                throw newerJava(location(info.getResource()), info.getClassfileMajorVersion(), null);
            }
        }
    }

    /**
     * {@code /app/target/classes/com/acme/X.class was compiled for Java 21 (class file version 65), but
     * autogen runs on Java 17; run autogen with Java 21 or later, or compile ... with --release 17}.
     */
    static AutogenException newerJava(String location, int major, Throwable cause) {
        int java = major - 44;
        int runtime = Runtime.version().feature();
        return new AutogenException(location + " was compiled for Java " + java + " (class file version " + major
                + "), but autogen runs on Java " + runtime + "; run autogen with Java " + java + " or later, or "
                + "compile the classes with --release " + runtime, cause);
    }

    /**
     * Where the class file of {@code internalName} ({@code com/acme/X}) is on {@code classpath}: the
     * file, or {@code jar!/entry}; the name itself when no entry holds it.
     */
    static String locate(String internalName, List<Path> classpath) {
        String entry = internalName + ".class";
        for (Path element : classpath) {
            if (Files.isDirectory(element) && Files.isRegularFile(element.resolve(entry))) {
                return element.resolve(entry).toString();
            }
            if (Files.isRegularFile(element)) {
                try (ZipFile jar = new ZipFile(element.toFile())) {
                    if (jar.getEntry(entry) != null) {
                        return element + "!/" + entry;
                    }
                } catch (IOException e) {
                    // checked before the scan: cannot happen but for a jar replaced since
                }
            }
        }
        return internalName.replace('/', '.');
    }

    /** Why the scan could not read a class file: its first bytes tell garbage from a truncated class. */
    private static String why(Resource resource) {
        byte[] head = new byte[8];
        int length;
        try (InputStream in = resource.open()) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        } finally {
            resource.close();
        }
        if (length < 4 || ((head[0] & 0xff) << 24 | (head[1] & 0xff) << 16 | (head[2] & 0xff) << 8
                | (head[3] & 0xff)) != CLASS_MAGIC) {
            return "is not a class file (it does not start with 0xCAFEBABE)";
        }
        return "is a truncated or corrupt class file";
    }

    /** {@code /app/target/classes/com/acme/X.class}, or {@code /app/lib/model.jar!/com/acme/X.class}. */
    private static String location(Resource resource) {
        if (resource == null) {
            return "a class file";
        }
        Path element = resource.getClasspathElementFile().toPath();
        return Files.isDirectory(element) ? element.resolve(resource.getPath()).toString()
                : element + "!/" + resource.getPath();
    }
}
