package dev.autogen.runtime.compile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.ForwardingJavaFileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * Notes which classes javac writes for which source file, and what it takes from the class path:
 * the packages it lists there and the files it reads ({@link CompileDependencies}).
 */
final class OutputRecordingFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

    private final Map<URI, List<String>> classNamesBySource = new TreeMap<>();
    private final Set<String> listedPackages = new TreeSet<>();
    private final Set<URI> read = new TreeSet<>();

    OutputRecordingFileManager(StandardJavaFileManager fileManager) {
        super(fileManager);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                               FileObject sibling) throws IOException {
        if (location == StandardLocation.CLASS_OUTPUT && kind == JavaFileObject.Kind.CLASS && sibling != null) {
            classNamesBySource.computeIfAbsent(sibling.toUri().normalize(), uri -> new ArrayList<>()).add(className);
        }
        return super.getJavaFileForOutput(location, className, kind, sibling);
    }

    @Override
    public Iterable<JavaFileObject> list(Location location, String packageName, Set<JavaFileObject.Kind> kinds,
                                         boolean recurse) throws IOException {
        Iterable<JavaFileObject> files = super.list(location, packageName, kinds, recurse);
        if (location != StandardLocation.CLASS_PATH) {
            return files;
        }
        synchronized (this) {
            listedPackages.add(packageName);
        }
        List<JavaFileObject> recording = new ArrayList<>();
        for (JavaFileObject file : files) {
            recording.add(new Recording(file));
        }
        return recording;
    }

    @Override
    public String inferBinaryName(Location location, JavaFileObject file) {
        return super.inferBinaryName(location, unwrap(file));
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        return super.isSameFile(unwrap(a), unwrap(b));
    }

    /** The standard manager's own file object, which is all it accepts. */
    private static <T extends FileObject> T unwrap(T file) {
        @SuppressWarnings("unchecked")
        T original = file instanceof Recording recording ? (T) recording.original() : file;
        return original;
    }

    /** Binary names of the classes written for a source, e.g. {@code com.acme.M1$Helper}. */
    List<String> classNames(URI source) {
        return classNamesBySource.getOrDefault(source.normalize(), List.of());
    }

    /** The packages javac listed on the class path, e.g. {@code com.acme.model}. */
    synchronized Set<String> listedPackages() {
        return Set.copyOf(listedPackages);
    }

    /** The class-path files javac opened. */
    synchronized Set<URI> read() {
        return Set.copyOf(read);
    }

    private synchronized void noteRead(URI uri) {
        read.add(uri.normalize());
    }

    /** A class-path file that notes when javac opens it. */
    private final class Recording extends ForwardingJavaFileObject<JavaFileObject> {
        Recording(JavaFileObject file) {
            super(file);
        }

        JavaFileObject original() {
            return fileObject;
        }

        @Override
        public InputStream openInputStream() throws IOException {
            noteRead(toUri());
            return super.openInputStream();
        }

        @Override
        public Reader openReader(boolean ignoreEncodingErrors) throws IOException {
            noteRead(toUri());
            return super.openReader(ignoreEncodingErrors);
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
            noteRead(toUri());
            return super.getCharContent(ignoreEncodingErrors);
        }
    }
}
