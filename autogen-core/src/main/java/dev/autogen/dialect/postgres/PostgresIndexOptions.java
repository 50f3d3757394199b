package dev.autogen.dialect.postgres;

import dev.autogen.schema.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the options an entity wrote after an index's key list (JPA 3.2
 * {@code @Index(options = ...)}; Hibernate appends them to its {@code CREATE INDEX} as written)
 * into the index, in the order PostgreSQL's grammar allows them:
 * {@code [INCLUDE (columns)] [NULLS [NOT] DISTINCT] [WITH (...)] [TABLESPACE name] [WHERE predicate]}.
 * Storage parameters and the tablespace are not part of the model (introspection does not read
 * them either), so they are accepted and left out. The predicate is kept as written here;
 * {@link PostgresCanonicalizer} spells it as PostgreSQL does.
 *
 * <pre>{@code
 * @Index(name = "ix_users_email", columnList = "email", options = "include (name) where deleted_at is null")
 * // index(...).include("name").where("deleted_at is null")
 * }</pre>
 */
final class PostgresIndexOptions {

    private static final Pattern INCLUDE = Pattern.compile("(?i)INCLUDE\\s*\\(");
    private static final Pattern NULLS = Pattern.compile("(?i)NULLS\\s+(NOT\\s+)?DISTINCT\\b");
    private static final Pattern WITH = Pattern.compile("(?i)WITH\\s*\\(");
    private static final Pattern TABLESPACE = Pattern.compile("(?i)TABLESPACE\\s+(\"(?:[^\"]|\"\")*\"|[^\\s\"]+)");
    private static final Pattern WHERE = Pattern.compile("(?i)WHERE\\b");

    private PostgresIndexOptions() {
    }

    /**
     * {@code index} with {@code options} read into it; blank options change nothing.
     *
     * @throws IllegalArgumentException when a part of the options is none of the above
     */
    static Index apply(Index index, String options) {
        if (options == null || options.isBlank()) {
            return index;
        }
        String rest = options.strip();
        Index out = index;
        Matcher m = INCLUDE.matcher(rest);
        if (m.lookingAt()) {
            List<String> written = new ArrayList<>();
            int close = PostgresIndexDefinitions.split(rest, m.end() - 1, written);
            out = out.include(written.stream().map(PostgresIdentifiers::stored).toArray(String[]::new));
            rest = rest.substring(close + 1).strip();
        }
        m = NULLS.matcher(rest);
        if (m.lookingAt()) {
            out = m.group(1) == null ? out : out.nullsNotDistinct();
            rest = rest.substring(m.end()).strip();
        }
        m = WITH.matcher(rest);
        if (m.lookingAt()) {
            rest = rest.substring(PostgresIndexDefinitions.split(rest, m.end() - 1, new ArrayList<>()) + 1).strip();
        }
        m = TABLESPACE.matcher(rest);
        if (m.lookingAt()) {
            rest = rest.substring(m.end()).strip();
        }
        m = WHERE.matcher(rest);
        if (m.lookingAt()) {
            out = out.where(rest.substring(m.end()).strip());
            rest = "";
        }
        if (!rest.isEmpty()) {
            throw new IllegalArgumentException("cannot read \"" + rest + "\" in the index options \"" + options.strip()
                    + "\"; PostgreSQL takes [INCLUDE (columns)] [NULLS [NOT] DISTINCT] [WITH (...)] [TABLESPACE name] "
                    + "[WHERE predicate] there, in that order");
        }
        return out;
    }
}
