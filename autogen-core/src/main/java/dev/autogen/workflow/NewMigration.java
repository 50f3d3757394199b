package dev.autogen.workflow;

import dev.autogen.AutogenException;
import dev.autogen.codegen.MigrationSpec;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.files.AtomicFile;
import dev.autogen.operation.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * A migration about to be written: its identity (revision, parents, time, message) and the file
 * it goes to. The file is written whole or not at all, with the permissions of any new file of the
 * user (so a build running as another user can read it).
 */
public record NewMigration(String revision, List<String> parents, Instant created, String message) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public NewMigration {
        parents = List.copyOf(parents);
        created = created.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A new revision id: twelve random hex digits, so that parallel branches never collide. */
    public static String newRevisionId() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The migration that follows this one, made with it: its only parent is this revision, it is
     * created a second later (so its file sorts after this one's and the names cannot collide) and
     * its revision id is derived from this one's, so the same inputs give the same two files.
     */
    public NewMigration followedBy(String followingMessage) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((revision + " " + followingMessage).getBytes(StandardCharsets.UTF_8));
            return new NewMigration(HexFormat.of().formatHex(digest, 0, 6), List.of(revision), created.plusSeconds(1),
                    followingMessage);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public String className() {
        return MigrationWriter.className(created, message);
    }

    public MigrationSpec spec(String packageName, List<Operation> upgrade, List<Operation> downgrade) {
        return new MigrationSpec(packageName, className(), revision, parents, message, created, upgrade, downgrade);
    }

    /** Writes {@code source} as {@code ClassName.java} in {@code directory}; refuses to overwrite. */
    public Path write(Path directory, String source) {
        Path file = directory.resolve(className() + ".java");
        if (Files.exists(file)) {
            throw new AutogenException(file + " already exists; wait a second or use another message");
        }
        try {
            AtomicFile.write(file, source, false);
        } catch (IOException e) {
            throw new AutogenException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
