package dev.autogen.codegen;

import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** Class names of migrations: {@code M20261122_224000_add_archived_at}, so they sort by creation. */
final class MigrationClassName {

    static final int MAX_SLUG_LENGTH = 40;

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private MigrationClassName() {
    }

    static String of(Instant created, String message) {
        Objects.requireNonNull(created, "created");
        String slug = slug(message == null ? "" : message);
        String stamp = "M" + STAMP.format(created);
        return slug.isEmpty() ? stamp : stamp + "_" + slug;
    }

    /**
     * Lower-case ASCII letters, digits and single underscores; accents dropped, the rest cut; at
     * most 40 characters, cut between words when a word boundary falls in that length.
     */
    static String slug(String message) {
        String ascii = Normalizer.normalize(message, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.length() > MAX_SLUG_LENGTH) {
            int cut = slug.charAt(MAX_SLUG_LENGTH) == '_' ? MAX_SLUG_LENGTH : slug.lastIndexOf('_', MAX_SLUG_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG_LENGTH);
        }
        return slug;
    }
}
