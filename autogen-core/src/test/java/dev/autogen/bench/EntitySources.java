package dev.autogen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generator of N entity classes in package {@code bench.model} with a realistic mix: identity
 * and sequence keys, a unique column, a named and an unnamed check, a composite index, a
 * column default, native enum columns over ten shared PostgreSQL enum types, and one or two
 * foreign keys to earlier entities. {@code change} adds one nullable column to the middle entity:
 * the one pending change the {@code -m} benchmark generates a migration for.
 */
final class EntitySources {

    static final String PACKAGE = "bench.model";
    private static final int ENUMS = 10;

    private EntitySources() {
    }

    /** Writes the sources under {@code sourceRoot}; returns the number of files written. */
    static int write(Path sourceRoot, int entities, boolean change) throws IOException {
        Path dir = sourceRoot.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(dir);
        for (int e = 0; e < ENUMS; e++) {
            Files.writeString(dir.resolve(enumName(e) + ".java"), "package " + PACKAGE + ";\n\npublic enum "
                    + enumName(e) + " { NEW, ACTIVE, SUSPENDED, CLOSED }\n");
        }
        for (int i = 0; i < entities; i++) {
            Files.writeString(dir.resolve(className(i) + ".java"), entity(i, change && i == entities / 2));
        }
        return entities + ENUMS;
    }

    /** Writes the middle entity alone, with or without the pending change; returns its file ({@link #changedFile}). */
    static String writeMiddle(Path sourceRoot, int entities, boolean change) throws IOException {
        String file = changedFile(entities);
        Files.writeString(sourceRoot.resolve(file), entity(entities / 2, change));
        return file;
    }

    /** The file the pending change touches, relative to the source root. */
    static String changedFile(int entities) {
        return PACKAGE.replace('.', '/') + "/" + className(entities / 2) + ".java";
    }

    static String className(int i) {
        return String.format("E%04d", i);
    }

    static String tableName(int i) {
        return String.format("e%04d", i);
    }

    private static String enumName(int e) {
        return "Status" + e;
    }

    private static String entity(int i, boolean changed) {
        String table = tableName(i);
        boolean sequence = i % 5 == 0;
        StringBuilder s = new StringBuilder();
        s.append("package ").append(PACKAGE).append(";\n\n");
        s.append("import jakarta.persistence.*;\n");
        s.append("import java.math.BigDecimal;\n");
        s.append("import java.time.OffsetDateTime;\n");
        s.append("import java.util.UUID;\n");
        s.append("import org.hibernate.Length;\n");
        s.append("import org.hibernate.annotations.Check;\n");
        s.append("import org.hibernate.annotations.ColumnDefault;\n");
        s.append("import org.hibernate.annotations.JdbcTypeCode;\n");
        s.append("import org.hibernate.type.SqlTypes;\n\n");
        s.append("@Entity\n");
        s.append("@Table(name = \"").append(table).append("\", indexes = @Index(name = \"ix_").append(table)
                .append("_name_created\", columnList = \"name, created_at\"))\n");
        s.append("@Check(name = \"ck_").append(table).append("_amount\", constraints = \"amount >= 0\")\n");
        if (i % 2 == 1) {
            s.append("@Check(constraints = \"qty is null or qty between 0 and 1000000\")\n");
        }
        s.append("public class ").append(className(i)).append(" {\n\n");
        s.append("    @Id\n");
        if (sequence) {
            s.append("    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = \"").append(table)
                    .append("_gen\")\n");
            s.append("    @SequenceGenerator(name = \"").append(table).append("_gen\", sequenceName = \"").append(table)
                    .append("_seq\", allocationSize = 50)\n");
        } else {
            s.append("    @GeneratedValue(strategy = GenerationType.IDENTITY)\n");
        }
        s.append("    @Column(name = \"id\")\n    Long id;\n\n");
        s.append("    @Column(name = \"code\", length = 40, nullable = false, unique = true)\n    String code;\n\n");
        s.append("    @Column(name = \"name\", length = 200)\n    String name;\n\n");
        s.append("    @Column(name = \"amount\", precision = 12, scale = 2, nullable = false)\n"
                + "    @ColumnDefault(\"0\")\n    BigDecimal amount;\n\n");
        s.append("    @Column(name = \"created_at\", nullable = false)\n    @ColumnDefault(\"now()\")\n"
                + "    OffsetDateTime createdAt;\n\n");
        s.append("    @Column(name = \"active\", nullable = false)\n    boolean active;\n\n");
        s.append("    @Column(name = \"note\", length = Length.LONG32)\n    String note;\n\n");
        s.append("    @Column(name = \"qty\")\n    Integer qty;\n\n");
        s.append("    @Column(name = \"ref\")\n    UUID ref;\n\n");
        if (i % 3 == 0) {
            s.append("    @Enumerated(EnumType.STRING)\n    @JdbcTypeCode(SqlTypes.NAMED_ENUM)\n")
                    .append("    @Column(name = \"status\", nullable = false)\n    ").append(enumName(i % ENUMS))
                    .append(" status;\n\n");
        }
        if (i > 0) {
            s.append("    @ManyToOne(fetch = FetchType.LAZY)\n    @JoinColumn(name = \"parent_id\", foreignKey = "
                    + "@ForeignKey(name = \"fk_").append(table).append("_parent\"))\n    ")
                    .append(className(i - 1)).append(" parent;\n\n");
        }
        if (i > 1 && i % 4 == 0) {
            s.append("    @ManyToOne(fetch = FetchType.LAZY, optional = false)\n    @JoinColumn(name = \"owner_id\", "
                    + "nullable = false)\n    ").append(className(i / 2)).append(" owner;\n\n");
        }
        if (changed) {
            s.append("    @Column(name = \"archived_at\")\n    OffsetDateTime archivedAt;\n\n");
        }
        s.append("}\n");
        return s.toString();
    }
}
