package dev.autogen.entities;

import dev.autogen.AutogenException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Turns what Hibernate throws while it builds the metamodel into one line that names the root
 * cause and what to do next, never a wrapper ({@code InvocationTargetException},
 * {@code ExceptionInInitializerError}, "Unable to load class"):
 * <ul>
 *   <li>a class that is missing: its name, the entity classes that refer to it (read from their
 *       class files), and the classpath that was searched;
 *   <li>a static initialiser that threw: the class, and the exception and message it threw;
 *   <li>a class compiled for a newer Java, or a broken class file: what the JVM says, and what to do;
 *   <li>anything else (a bad {@code mappedBy}, an unknown attribute): the innermost message Hibernate gives.
 * </ul>
 *
 * <pre>{@code
 * class com.acme.model.Panel is missing: com.acme.model.Interview refers to it, and the entity classpath
 * [/app/target/classes] does not hold it; compile it, or add the directory or jar that does to [entities].classpath
 * }</pre>
 */
final class MappingFailure {

    private MappingFailure() {
    }

    /**
     * The exception to throw for {@code failure}; {@code classFile} gives the bytes of an entity class
     * file by class name (null when it has none), to find which of them refer to a missing class.
     */
    static AutogenException of(Throwable failure, List<Path> classpath, List<String> classNames,
                               Function<String, byte[]> classFile) {
        Throwable initializer = find(failure, ExceptionInInitializerError.class);
        if (initializer != null) {
            return new AutogenException(initializer((ExceptionInInitializerError) initializer), failure);
        }
        Throwable version = find(failure, UnsupportedClassVersionError.class);
        if (version != null) {
            // a class outside the scanned packages (those are checked by EntityClasspath, by file)
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\S+) has been compiled .*class file "
                    + "version (\\d+)").matcher(String.valueOf(version.getMessage()));
            if (m.find()) {
                return EntityClasspath.newerJava(EntityClasspath.locate(m.group(1), classpath),
                        Integer.parseInt(m.group(2)), failure);
            }
            return new AutogenException(oneLine(String.valueOf(version.getMessage())) + "; run autogen with that "
                    + "newer Java, or compile the classes with --release " + Runtime.version().feature(), failure);
        }
        Throwable format = find(failure, ClassFormatError.class);
        if (format != null) {
            return new AutogenException("a class on the entity classpath " + classpath + " is broken ("
                    + oneLine(String.valueOf(format.getMessage())) + "); rebuild the classes (e.g. `./mvnw clean "
                    + "compile`) or the jar that holds it", failure);
        }
        String missing = missingClass(failure);
        if (missing != null) {
            Set<String> referrers = new TreeSet<>();
            for (String name : classNames) {
                byte[] bytes = classFile.apply(name);
                if (bytes != null && refersTo(bytes, missing)) {
                    referrers.add(name);
                }
            }
            String who = referrers.isEmpty() ? "an entity class refers to it"
                    : String.join(", ", referrers) + (referrers.size() == 1 ? " refers" : " refer") + " to it";
            return new AutogenException("class " + missing + " is missing: " + who + ", and the entity classpath "
                    + classpath + " does not hold it; compile it, or add the directory or jar that does to "
                    + "[entities].classpath", failure);
        }
        return new AutogenException("Hibernate cannot map the entities: " + oneLine(innermostMessage(failure)), failure);
    }

    /**
     * {@code "static initialiser of com.acme.model.Level threw IllegalStateException: rates not loaded"};
     * the class is the one whose {@code <clinit>} is on top of the thrown exception's stack.
     */
    private static String initializer(ExceptionInInitializerError error) {
        Throwable thrown = error.getCause() != null ? error.getCause() : error;
        String owner = null;
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (frame.getMethodName().equals("<clinit>")) {
                owner = frame.getClassName();
                break;
            }
        }
        String message = thrown.getMessage() == null ? "" : ": " + oneLine(thrown.getMessage());
        return "static initialiser of " + (owner == null ? "an entity class" : owner) + " threw "
                + thrown.getClass().getSimpleName() + message + "; autogen loads the entity classes as "
                + "Hibernate does, so it must run without the application around it (move the work out of "
                + "the static initialiser, or make it succeed there)";
    }

    /** The missing class named by the innermost missing-class error of the chain, with dots. */
    private static String missingClass(Throwable failure) {
        String name = null;
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof NoClassDefFoundError e && e.getMessage() != null
                    && !e.getMessage().startsWith("Could not initialize class")) {
                name = e.getMessage();
            } else if (t instanceof ClassNotFoundException e && e.getMessage() != null) {
                name = e.getMessage();
            } else if (t instanceof TypeNotPresentException e) {
                name = e.typeName();
            }
        }
        return name == null ? null : name.strip().replace('/', '.');
    }

    /**
     * Whether a class file refers to {@code className}: its internal name is a constant of the class
     * file (a {@code CONSTANT_Class}: a two-byte length then the name), or a descriptor names it
     * ({@code Lcom/acme/Panel;}, as field types and annotation values do).
     */
    static boolean refersTo(byte[] classFile, String className) {
        String internal = className.replace('.', '/');
        byte[] name = internal.getBytes(StandardCharsets.UTF_8);
        byte[] descriptor = ("L" + internal + ";").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + name.length <= classFile.length; i++) {
            if (matches(classFile, i, descriptor)) {
                return true;
            }
            if (i >= 2 && matches(classFile, i, name)
                    && ((classFile[i - 2] & 0xff) << 8 | (classFile[i - 1] & 0xff)) == name.length) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(byte[] data, int at, byte[] pattern) {
        if (at + pattern.length > data.length) {
            return false;
        }
        for (int j = 0; j < pattern.length; j++) {
            if (data[at + j] != pattern[j]) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return (T) t;
            }
        }
        return null;
    }

    /**
     * The message of the innermost exception that has one, skipping wrappers that only say that
     * something below failed ({@code InvocationTargetException} has none; Hibernate's "Unable to
     * load class" and the like repeat the cause).
     */
    private static String innermostMessage(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank() && !wrapper(t)) {
                message = t.getMessage();
                if (t.getClass().getName().startsWith("org.hibernate.")) {
                    // Hibernate's own explanation is the one that names the entity and attribute
                    break;
                }
            }
        }
        return message != null ? message : failure.getClass().getSimpleName();
    }

    private static boolean wrapper(Throwable t) {
        String message = t.getMessage().toLowerCase(Locale.ROOT);
        return t instanceof java.lang.reflect.InvocationTargetException
                || t instanceof java.lang.reflect.UndeclaredThrowableException
                || message.startsWith("unable to load class") || message.startsWith("could not instantiate");
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s+", " ").trim();
    }
}
