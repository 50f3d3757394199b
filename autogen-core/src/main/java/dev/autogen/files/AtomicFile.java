package dev.autogen.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A file written whole or not at all, with the permissions any new file of the user gets: the text
 * goes to a temporary file beside the target, created as an ordinary file is ({@code 0666} less the
 * umask, unlike {@code Files.createTempFile}'s {@code 0600}), forced to disk, then renamed over the
 * target. A full disk or a crash leaves the old file (or none), never half of the new one.
 *
 * <pre>{@code
 * AtomicFile.write(dir.resolve("M20261123_010508_add_archived_at.java"), source, false);
 * }</pre>
 *
 * <p>Not for secrets: a file that must stay private (a password) is created with explicit
 * owner-only permissions instead.
 */
public final class AtomicFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFile() {
    }

    /**
     * Writes {@code text} (UTF-8) to {@code target}, creating its directory; {@code replace}: whether
     * an existing target is replaced, else it is an error ({@link FileAlreadyExistsException}).
     */
    public static void write(Path target, String text, boolean replace) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), replace);
    }

    /** As {@link #write(Path, String, boolean)}, of bytes. */
    public static void write(Path target, byte[] bytes, boolean replace) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path temporary = createTemporary(directory, target.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            if (replace) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * A new empty file {@code .NAME-RANDOM.tmp} in {@code directory}, created without permission
     * attributes, so that the operating system applies the umask as it does to any new file.
     */
    private static Path createTemporary(Path directory, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] suffix = new byte[6];
            RANDOM.nextBytes(suffix);
            Path candidate = directory.resolve("." + name + "-" + HexFormat.of().formatHex(suffix) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }
}
