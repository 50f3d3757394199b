package dev.autogen.entities;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitConstraintNameSource;
import org.hibernate.boot.model.naming.ImplicitForeignKeyNameSource;

/**
 * Readable, deterministic names for the constraints Hibernate names itself (instead of
 * {@code FKk8coe46o6eqh80cujdnn1riel}): {@code fk_<table>_<columns>}, {@code uq_<table>_<columns>},
 * {@code ix_<table>_<columns>}, lower case, at most 63 bytes (a longer one keeps a stable
 * 8-character hash of the whole at its end). Names a user wrote stay as written.
 */
final class ReadableNames {

    private static final int MAX = 63;

    private ReadableNames() {
    }

    static Identifier foreignKey(ImplicitForeignKeyNameSource source) {
        return name("fk", source);
    }

    static Identifier uniqueKey(ImplicitConstraintNameSource source) {
        return name("uq", source);
    }

    static Identifier index(ImplicitConstraintNameSource source) {
        return name("ix", source);
    }

    private static Identifier name(String prefix, ImplicitConstraintNameSource source) {
        if (source.getUserProvidedIdentifier() != null) {
            return source.getUserProvidedIdentifier();
        }
        String columns = source.getColumnNames().stream().map(ReadableNames::text).collect(Collectors.joining("_"));
        String name = (prefix + "_" + text(source.getTableName()) + "_" + columns).toLowerCase(Locale.ROOT);
        return Identifier.toIdentifier(fit(name));
    }

    private static String text(Identifier identifier) {
        return identifier == null ? "" : identifier.getText();
    }

    static String fit(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX) {
            return name;
        }
        String hash = hash(name);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            String next = out + new String(Character.toChars(cp));
            if (next.getBytes(StandardCharsets.UTF_8).length > MAX - hash.length() - 1) {
                break;
            }
            out.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return out + "_" + hash;
    }

    private static String hash(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
