package dev.autogen.runtime.compile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The class loader of the compiled migrations, which notes what they look up at run time on the
 * project's class path beyond what javac read: a class a helper class uses, a resource read with
 * {@code getResourceAsStream}, a class named to {@code Class.forName}. Each name it resolved itself
 * (the parent, autogen's own loader, did not have it), or that the parent found in one of the
 * class-path directories, becomes a line {@link #uses()} returns: the name and what it resolved to
 * ({@code sha256 HEX} for a file of a directory, {@code jar PATH} for a jar's entry, the jar being
 * stamped in the compiler inputs, {@code none} when nothing had it). {@link #unchanged} tells
 * whether those lines still hold, so that something kept from a run of the migrations (a kept
 * replay) is used only while everything they read is as it was.
 *
 * <p>Line: {@code use NAME WHAT}, tab-separated; {@code NAME} is a resource name such as
 * {@code com/acme/Helper.class}.
 */
final class MigrationClassLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Path classes;
    private final List<Path> classpath;
    private final Map<String, String> uses = new LinkedHashMap<>();

    /** Over the migrations' {@code classes}, then {@code classpath} (absolute, normalised), child of {@code parent}. */
    MigrationClassLoader(Path classes, List<Path> classpath, ClassLoader parent) throws IOException {
        super(urls(classes, classpath), parent);
        this.classes = classes.toAbsolutePath().normalize();
        this.classpath = List.copyOf(classpath);
    }

    static URL[] urls(Path classes, List<Path> classpath) throws IOException {
        List<URL> urls = new ArrayList<>();
        if (classes != null) {
            urls.add(classes.toAbsolutePath().toUri().toURL());
        }
        for (Path entry : classpath) {
            urls.add(entry.toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        String resource = name.replace('.', '/') + ".class";
        try {
            Class<?> loaded = super.loadClass(name, resolve);
            if (loaded.getClassLoader() == this) {
                note(resource, findResource(resource));
            } else {
                parentsFromDirectory(loaded).ifPresent(file -> note(resource, file));
            }
            return loaded;
        } catch (ClassNotFoundException e) {
            note(resource, null);
            throw e;
        }
    }

    @Override
    public URL getResource(String name) {
        URL url = super.getResource(name);
        if (url == null || within(url)) {
            note(name, url);
        }
        return url;
    }

    /** The lines for what was looked up so far, in the order first looked up. */
    List<String> uses() {
        synchronized (uses) {
            List<String> lines = new ArrayList<>();
            uses.forEach((name, what) -> lines.add("use\t" + name + "\t" + what));
            return lines;
        }
    }

    /**
     * Whether each line of {@link #uses()} (others are skipped) resolves as it did on a search
     * path of this loader's class path: the same bytes from a directory, the same jar, or still nothing.
     */
    boolean unchanged(List<String> lines) {
        try (URLClassLoader search = new URLClassLoader(urls(null, classpath), null)) {
            for (String line : lines) {
                String[] fields = line.split("\t", -1);
                if (fields.length != 3 || !fields[0].equals("use")) {
                    continue;
                }
                if (!fields[2].equals(what(search.findResource(fields[1])))) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void note(String name, URL url) {
        if (url != null && isIn(url, classes)) {
            return; // a migration's own class: the migrations are known by their sources' checksums
        }
        synchronized (uses) {
            if (!uses.containsKey(name)) {
                uses.put(name, what(url));
            }
        }
    }

    private java.util.Optional<URL> parentsFromDirectory(Class<?> loaded) {
        CodeSource source = loaded.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return java.util.Optional.empty();
        }
        URL file = loaded.getClassLoader() == null ? null
                : loaded.getClassLoader().getResource(loaded.getName().replace('.', '/') + ".class");
        return file != null && within(file) ? java.util.Optional.of(file) : java.util.Optional.empty();
    }

    private boolean within(URL url) {
        return classpath.stream().anyMatch(entry -> isIn(url, entry));
    }

    private static boolean isIn(URL url, Path entry) {
        return path(url).map(p -> p.startsWith(entry)).orElse(false);
    }

    /** The file a URL is in: the file itself for {@code file:}, the jar for {@code jar:file:...!/}. */
    private static java.util.Optional<Path> path(URL url) {
        try {
            String text = url.toString();
            if (text.startsWith("jar:")) {
                text = text.substring("jar:".length(), text.indexOf("!/") < 0 ? text.length() : text.indexOf("!/"));
            }
            if (!text.startsWith("file:")) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(Path.of(new java.net.URI(text)).toAbsolutePath().normalize());
        } catch (URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** {@code none}, {@code jar PATH}, {@code sha256 HEX}, or {@code other URL} for what is neither. */
    private static String what(URL url) {
        if (url == null) {
            return "none";
        }
        java.util.Optional<Path> file = path(url);
        if (file.isEmpty()) {
            return "other " + url;
        }
        if (url.getProtocol().equals("jar")) {
            return "jar " + file.get();
        }
        if (!Files.isRegularFile(file.get())) {
            return "other " + url;
        }
        try (InputStream in = Files.newInputStream(file.get())) {
            return "sha256 " + HexFormat.of().formatHex(SourceChecksum.sha256().digest(in.readAllBytes()));
        } catch (IOException e) {
            return "unreadable " + System.nanoTime(); // never matches again
        }
    }
}
