package dev.autogen.runtime.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time, {@code 1234:1700000000123456789}: the compile cache trusts
 * a checksum it took of a file while the file keeps its stamp, and reads the file again when the
 * stamp changed. A file changed within {@link #SETTLE_MILLIS} of when it was read may still change
 * within the same clock tick without its stamp showing it (git's "racily clean" files): its stamp
 * is not kept ({@link #settled}), so it is read again next time.
 */
final class FileStamp {

    /** How old a file must be for its stamp to be trusted: coarser than any file system's clock. */
    static final long SETTLE_MILLIS = 3_000;

    private FileStamp() {
    }

    static String of(BasicFileAttributes attributes) {
        return attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    }

    /** The stamp of a file, or {@code ""} when it does not exist or is not a regular file. */
    static String of(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? of(attributes) : "";
        } catch (NoSuchFileException e) {
            return "";
        }
    }

    /** The stamp to keep for a file read at {@code readMillis}: {@code ""} while it is too recent to trust. */
    static String settled(BasicFileAttributes attributes, long readMillis) {
        return attributes.lastModifiedTime().toMillis() > readMillis - SETTLE_MILLIS ? "" : of(attributes);
    }

    /** {@link #settled} for a file given by path; {@code ""} when it cannot be read. */
    static String settled(Path file, long readMillis) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? settled(attributes, readMillis) : "";
        } catch (NoSuchFileException e) {
            return "";
        }
    }
}
