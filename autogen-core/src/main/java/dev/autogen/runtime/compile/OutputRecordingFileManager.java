package dev.autogen.runtime.compile;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/** Notes which classes javac writes for which source file. */
final class OutputRecordingFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

    private final Map<URI, List<String>> classNamesBySource = new TreeMap<>();

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

    /** Binary names of the classes written for a source, e.g. {@code com.acme.M1$Helper}. */
    List<String> classNames(URI source) {
        return classNamesBySource.getOrDefault(source.normalize(), List.of());
    }
}
