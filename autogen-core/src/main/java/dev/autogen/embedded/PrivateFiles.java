package dev.autogen.embedded;

import dev.autogen.AutogenException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Files and directories only their owner may read: the embedded servers' data directories (0700)
 * and password files (0600), and the random passwords themselves. Where the file system has no
 * POSIX permissions (Windows), the user's profile directory is what keeps them private.
 */
final class PrivateFiles {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Object ME = POSIX ? whoAmI() : null;

    private PrivateFiles() {
    }

    /** A new random password: 192 bits from {@link SecureRandom}, URL-safe Base64 (no quotes, no newline). */
    static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Creates {@code dir} (and missing parents) if needed and makes it owner-only (0700). */
    static Path directory(Path dir) throws IOException {
        if (POSIX) {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
            }
            Files.setPosixFilePermissions(dir, DIRECTORY);
        } else {
            Files.createDirectories(dir);
        }
        return dir;
    }

    /** Writes {@code secret} to {@code file} (0600, in a 0700 directory), replacing it atomically. */
    static void writeSecret(Path file, String secret) throws IOException {
        Path dir = directory(file.toAbsolutePath().getParent());
        Path temporary = POSIX
                ? Files.createTempFile(dir, ".secret-", ".tmp", PosixFilePermissions.asFileAttribute(FILE))
                : Files.createTempFile(dir, ".secret-", ".tmp");
        try {
            Files.writeString(temporary, secret, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The secret in {@code file}; fails when another user owns it (it could hold anything). */
    static String readSecret(Path file) throws IOException {
        if (!ownedByMe(file)) {
            throw new AutogenException(file + " belongs to another user; delete it (and the embedded PostgreSQL "
                    + "beside it) if it is yours, or run autogen as its owner");
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }

    /** Whether anyone but the owner may read, write or enter {@code path}. */
    static boolean readableByOthers(Path path) throws IOException {
        if (!POSIX) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        return permissions.stream().anyMatch(p -> p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_"));
    }

    /** Whether the user running autogen owns {@code path} (always true without POSIX permissions). */
    static boolean ownedByMe(Path path) throws IOException {
        if (!POSIX) {
            return true;
        }
        if (ME instanceof Integer uid) {
            return uid.equals(Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS));
        }
        return ME != null && Files.getOwner(path, LinkOption.NOFOLLOW_LINKS).equals(ME);
    }

    /**
     * Who runs autogen: the uid that owns {@code /proc/self} on Linux (right also for a uid with no
     * name, as in some containers), else the principal named by {@code user.name}; null if unknown.
     */
    private static Object whoAmI() {
        try {
            return Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | RuntimeException notLinux) {
            try {
                return FileSystems.getDefault().getUserPrincipalLookupService()
                        .lookupPrincipalByName(System.getProperty("user.name"));
            } catch (IOException | RuntimeException unknown) {
                return null;
            }
        }
    }

    /** What went wrong, for a message: {@code FILE is not a directory}, {@code FILE: Permission denied}. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException exists) {
            return exists.getFile() + " is not a directory";
        }
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return missing.getFile() + " does not exist";
        }
        if (e instanceof java.nio.file.FileSystemException fs) {
            return fs.getFile() + ": " + (fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason());
        }
        return String.valueOf(e.getMessage());
    }

    /** Whether {@code dir} is a directory this user owns that no one else may enter. */
    static boolean isPrivateDirectory(Path dir) {
        try {
            return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && ownedByMe(dir)
                    && !readableByOthers(dir);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
