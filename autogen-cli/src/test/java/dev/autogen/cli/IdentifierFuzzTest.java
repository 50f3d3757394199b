package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A thousand random identifiers (seeded: the same every run) as the names of tables, columns,
 * indexes, unique constraints and sequences of a hundred generated entities, all in one schema:
 * double quotes, backslashes, spaces, leading digits, reserved words, mixed case, multi-byte and
 * combining characters, names of exactly 63 bytes and of 63 bytes ending in a multi-byte
 * character. Round-tripped through {@code -m}, {@code upgrade}, {@code check} (no changes) and
 * {@code downgrade base} (nothing left) on PostgreSQL, with the names read back from its catalog.
 * Names over the limit are a separate case: each is one clear error.
 */
class IdentifierFuzzTest extends CliTestBase {

    private static final long SEED = 20_261_203L;
    private static final int ENTITIES = 100;
    private static final int COLUMNS = 7;
    private static final int LIMIT = 63;
    private static final String[] RESERVED = {"user", "order", "select", "table", "group", "from", "where", "check",
            "primary", "references", "Order", "USER", "Select", "desc", "limit", "column", "constraint", "default"};
    /** Pieces names are built from: ASCII, quotes, backslash, space, 2-, 3- and 4-byte characters, a combining accent. */
    private static final String[] PIECES = {"a", "B", "z", "Q", "_", "$", "0", "7", " ", "\"", "\\", "-", "'", ".",
            "\u00e9", "\u00c4", "\u0434", "\u0416", "\u4e2d", "\u6587", "\ud83d\ude00", "e\u0301", "\u00df", "#"};

    private final Random random = new Random(SEED);
    private final Set<String> taken = new HashSet<>();

    @Test
    void aThousandNamesRoundTrip() throws Exception {
        TestProject project = TestProject.empty(dir);
        project.writeConfig(null);
        Set<String> tables = new TreeSet<>();
        Set<String> columns = new TreeSet<>();
        int names = 0;
        for (int i = 0; i < ENTITIES; i++) {
            String table = freshWithout(".");
            tables.add(table);
            names++;
            Set<String> own = new HashSet<>(Set.of("id", "plain_a", "plain_b", "ref_id"));
            List<String> cols = new ArrayList<>();
            for (int c = 0; c < COLUMNS; c++) {
                String column = fresh(own);
                cols.add(column);
                columns.add(table + "." + column);
                names++;
            }
            String index = i % 5 < 4 ? freshWithout("\"") : null;
            String unique = i % 5 < 4 ? fresh(taken) : null;
            String sequence = i % 5 < 2 ? freshWithout(".") : null;
            names += (index == null ? 0 : 1) + (unique == null ? 0 : 1) + (sequence == null ? 0 : 1);
            columns.add(table + ".id");
            columns.add(table + ".plain_a");
            columns.add(table + ".plain_b");
            if (i > 0) {
                columns.add(table + ".ref_id");
            }
            project.writeEntity("F" + i, entity(i, table, cols, index, unique, sequence));
        }
        assertThat(names).isEqualTo(1000);
        project.compileEntities();
        String url = db.urlWithCredentials();

        Result generate = project.run("-m", "fuzz", "--url", url);
        assertThat(generate.code()).as("%s", generate).isZero();
        assertThat(project.migrations()).hasSize(1);

        Result upgrade = project.run("upgrade", "head", "--url", url);
        assertThat(upgrade.code()).as("%s", upgrade).isZero();
        Set<String> stored = new TreeSet<>(db.tables());
        stored.remove("autogen_version");
        assertThat(stored).isEqualTo(tables);
        assertThat(new TreeSet<>(db.column("SELECT table_name || '.' || column_name FROM information_schema.columns "
                + "WHERE table_schema = 'public' AND table_name <> 'autogen_version'"))).isEqualTo(columns);

        Result check = project.run("check", "--url", url);
        assertThat(check.code()).as("%s", check).isZero();

        Result downgrade = project.run("downgrade", "base", "--url", url);
        assertThat(downgrade.code()).as("%s", downgrade).isZero();
        assertThat(db.tables()).containsOnly("autogen_version");
        assertThat(db.column("SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE nspname = 'public' AND relname NOT LIKE 'autogen_version%'")).isEmpty();
    }

    @Test
    void namesOverTheLimitAreOneClearErrorEach() throws Exception {
        for (int k = 0; k < 4; k++) {
            String name = overLimit();
            int bytes = name.getBytes(StandardCharsets.UTF_8).length;
            TestProject project = TestProject.empty(dir.resolve("p" + k));
            project.writeConfig(null);
            boolean asTable = k % 2 == 0;
            project.writeEntity("F0", entity(0, asTable ? name : "wide", List.of(asTable ? "c" : name), null, null,
                    null));
            project.compileEntities();
            List<String> before = project.files();

            Result r = project.run("-m", "too long", "--url", db.urlWithCredentials());

            assertOneCleanError(r);
            assertThat(r.err()).contains((asTable ? "table" : "column") + " name \"" + name + "\"",
                    "is " + bytes + " bytes long", "limit of " + LIMIT + " bytes", "(entity F0)");
            assertThat(project.files()).isEqualTo(before);
            assertThat(db.tables()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- names

    /** A name not in {@code space} (nor, for relations, a PostgreSQL-made name such as {@code x_pkey}), added to it. */
    private String fresh(Set<String> space) {
        while (true) {
            String name = candidate();
            if (!space.contains(name) && !name.endsWith("_pkey") && !name.isBlank()
                    && name.getBytes(StandardCharsets.UTF_8).length <= LIMIT
                    && name.strip().equals(name) && !name.startsWith("autogen")
                    // Hibernate refuses a name that is itself quoted ("Identifier text should not contain quote markers")
                    // and reads a quoted name holding both a double quote and a dot as a qualified name
                    && !(name.contains("\"") && name.contains("."))
                    && !(name.length() > 2 && name.startsWith("\"") && name.endsWith("\""))) {
                space.add(name);
                return name;
            }
        }
    }

    /**
     * A relation name without {@code absent}. Table and sequence names hold no dot: Hibernate reads
     * them as possibly qualified names, even quoted ({@code "a.b"} is table b of schema a; it cannot
     * parse some, "Unable to parse object name"). Index names hold no double quote: Hibernate keeps an index's
     * name without its quotes, so its own DDL writes it unquoted (autogen stores and quotes it as
     * that DDL would name it: ASCII letters folded, the quote characters as they are).
     */
    private String freshWithout(String absent) {
        while (true) {
            String name = fresh(taken);
            if (!name.contains(absent)) {
                return name;
            }
            taken.remove(name);
        }
    }

    private String candidate() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return RESERVED[random.nextInt(RESERVED.length)] + (random.nextBoolean() ? "" : "_" + random.nextInt(100));
        }
        if (kind == 1) {
            return exactly(LIMIT, false);
        }
        if (kind == 2) {
            return exactly(LIMIT, true);
        }
        StringBuilder out = new StringBuilder();
        int length = 1 + random.nextInt(kind == 3 ? 40 : 12);
        for (int i = 0; i < length; i++) {
            out.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return out.toString();
    }

    /** A name of exactly {@code bytes} UTF-8 bytes; with {@code multiByteEnd}, its last character is 2 to 4 bytes. */
    private String exactly(int bytes, boolean multiByteEnd) {
        String end = multiByteEnd ? new String[]{"\u00e9", "\u4e2d", "\ud83d\ude00", "\u0416"}[random.nextInt(4)] : "";
        StringBuilder out = new StringBuilder();
        int room = bytes - end.getBytes(StandardCharsets.UTF_8).length;
        while (true) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            int used = out.toString().getBytes(StandardCharsets.UTF_8).length;
            if (used + piece.getBytes(StandardCharsets.UTF_8).length > room) {
                out.append("x".repeat(room - used));
                break;
            }
            out.append(piece);
        }
        return out.append(end).toString();
    }

    private String overLimit() {
        return exactly(LIMIT + 1 + random.nextInt(20), random.nextBoolean());
    }

    // ---------------------------------------------------------------- sources

    private static String entity(int i, String table, List<String> columns, String index, String unique,
                                 String sequence) {
        StringBuilder s = new StringBuilder("package com.acme.model;\n\nimport jakarta.persistence.*;\n\n@Entity\n");
        s.append("@Table(name = ").append(quoted(table));
        if (index != null) {
            s.append(",\n    indexes = @Index(name = ").append(quoted(index)).append(", columnList = \"plain_a\")");
        }
        if (unique != null) {
            s.append(",\n    uniqueConstraints = @UniqueConstraint(name = ").append(quoted(unique))
                    .append(", columnNames = {\"plain_a\", \"plain_b\"})");
        }
        s.append(")\npublic class F").append(i).append(" {\n    @Id\n");
        if (sequence != null) {
            s.append("    @GeneratedValue(generator = \"g").append(i).append("\")\n    @SequenceGenerator(name = \"g")
                    .append(i).append("\", sequenceName = ").append(quoted(sequence)).append(")\n");
        }
        s.append("    private Long id;\n    @Column(name = \"plain_a\") private String plainA;\n")
                .append("    @Column(name = \"plain_b\") private Integer plainB;\n");
        if (i > 0) {
            s.append("    @ManyToOne @JoinColumn(name = \"ref_id\") private F").append(i - 1).append(" ref;\n");
        }
        String[] types = {"String", "Integer", "Long", "java.time.Instant", "Boolean", "java.math.BigDecimal",
                "java.time.LocalDate"};
        for (int c = 0; c < columns.size(); c++) {
            s.append("    @Column(name = ").append(quoted(columns.get(c))).append(") private ")
                    .append(types[c % types.length]).append(" c").append(c).append(";\n");
        }
        return s.append("}\n").toString();
    }

    /** A Java string literal holding the name as JPA quotes it ({@code "\"a\"\"b\""}): inner quotes doubled. */
    private static String quoted(String name) {
        String sql = "\"" + name.replace("\"", "\"\"") + "\"";
        StringBuilder out = new StringBuilder("\"");
        for (char c : sql.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
