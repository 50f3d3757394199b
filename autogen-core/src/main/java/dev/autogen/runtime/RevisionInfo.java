package dev.autogen.runtime;

import dev.autogen.api.Revision;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a migration's {@link Revision} says, read without its class: kept in the compile cache's
 * manifest and in a revision index ({@link RevisionIndex}), so the graph is built without loading
 * a class. {@link #fields()} and {@link #parse} write and read it as six tab-free text fields.
 */
public record RevisionInfo(String id, List<String> parents, String message, String created, boolean transactional,
                           List<String> replaces) {

    /** How many fields {@link #fields()} writes. */
    public static final int FIELD_COUNT = 6;

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(parents);
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(created, "created");
        replaces = List.copyOf(replaces);
    }

    public static RevisionInfo of(Revision revision) {
        return new RevisionInfo(revision.id(), List.of(revision.parents()), revision.message(), revision.created(),
                revision.transactional(), List.of(revision.replaces()));
    }

    /** The six fields, each free of tabs and line breaks ({@code %}-escaped), lists joined by commas. */
    public List<String> fields() {
        return List.of(escape(id), list(parents), escape(message), escape(created), String.valueOf(transactional),
                list(replaces));
    }

    /** Reads {@link #fields()} back; throws {@link IllegalArgumentException} on anything else. */
    public static RevisionInfo parse(List<String> fields) {
        if (fields.size() != FIELD_COUNT || fields.get(0).isEmpty()
                || !(fields.get(4).equals("true") || fields.get(4).equals("false"))) {
            throw new IllegalArgumentException("not a revision: " + fields);
        }
        return new RevisionInfo(unescape(fields.get(0)), unlist(fields.get(1)), unescape(fields.get(2)),
                unescape(fields.get(3)), Boolean.parseBoolean(fields.get(4)), unlist(fields.get(5)));
    }

    private static String list(List<String> items) {
        return String.join(",", items.stream().map(RevisionInfo::escape).toList());
    }

    private static List<String> unlist(String field) {
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : field.split(",", -1)) {
            items.add(unescape(item));
        }
        return items;
    }

    /** {@code %}, tab, line breaks and commas as {@code %XX}. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '\t' || c == '\n' || c == '\r' || c == ',') {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("bad escape in " + text);
                }
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
