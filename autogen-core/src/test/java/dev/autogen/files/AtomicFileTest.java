package dev.autogen.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written whole, with the permissions of any new file of the user (the umask's), not 0600. */
class AtomicFileTest {

    @TempDir
    Path dir;

    /** The permissions the operating system gives a file created here with no attributes. */
    static Set<PosixFilePermission> freshFilePermissions(Path directory) throws Exception {
        Path probe = Files.createFile(directory.resolve("probe-" + System.nanoTime()));
        try {
            return Files.getPosixFilePermissions(probe);
        } finally {
            Files.delete(probe);
        }
    }

    @Test
    void aWrittenFileHasTheUmasksPermissionsNotOwnerOnly() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Set<PosixFilePermission> expected = freshFilePermissions(dir);
        Path file = dir.resolve("sub/M1.java");

        AtomicFile.write(file, "class M1 {}\n", false);

        assertThat(Files.readString(file)).isEqualTo("class M1 {}\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo(PosixFilePermissions.toString(expected));
        // what Files.createTempFile would have given: only when the umask itself is 077
        if (!expected.equals(PosixFilePermissions.fromString("rw-------"))) {
            assertThat(Files.getPosixFilePermissions(file)).isNotEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
    }

    @Test
    void replacingKeepsTheUmasksPermissionsAndLeavesNoTemporaryFile() throws Exception {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path file = dir.resolve("manifest.tsv");
        AtomicFile.write(file, "one\n", true);
        AtomicFile.write(file, "two\n", true);

        assertThat(Files.readString(file)).isEqualTo("two\n");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(freshFilePermissions(dir));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("manifest.tsv");
        }
    }

    @Test
    void anExistingFileIsNotOverwrittenUnlessAsked() throws Exception {
        Path file = dir.resolve("autogen.toml");
        Files.writeString(file, "kept");

        assertThatThrownBy(() -> AtomicFile.write(file, "new", false)).isInstanceOf(FileAlreadyExistsException.class);

        assertThat(Files.readString(file)).isEqualTo("kept");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aFailedWriteLeavesNeitherTheTargetNorATemporaryFile() throws Exception {
        Path file = dir.resolve("M2.java");
        Files.createDirectory(file);   // the rename onto a directory fails after the text was written

        assertThatThrownBy(() -> AtomicFile.write(file, "class M2 {}", false))
                .isInstanceOf(FileAlreadyExistsException.class);
        Files.delete(file);
        Path blocked = dir.resolve("blocked");
        Files.createDirectories(blocked.resolve("M3.java").resolve("x"));
        assertThatThrownBy(() -> AtomicFile.write(blocked.resolve("M3.java"), "class M3 {}", true))
                .isInstanceOf(java.io.IOException.class);

        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
