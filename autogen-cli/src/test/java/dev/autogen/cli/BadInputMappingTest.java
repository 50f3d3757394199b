package dev.autogen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.cli.testing.TestProject;
import dev.autogen.cli.testing.TestProject.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bad-input catalogue, entities and names: mappings that Hibernate would turn into a schema
 * silently different from what one of them asks for (two owners of one table that disagree, two
 * spellings of one name) and names the database would cut. Each is one line naming the entity,
 * table and column and what to do, exit 2 for {@code -m} and {@code check}, no stack trace, no file
 * written and nothing created in the database.
 */
class BadInputMappingTest extends CliTestBase {

    private static final String ORDER = """
            package com.acme.model;

            import jakarta.persistence.*;

            @Entity
            @Table(name = "orders")
            public class PurchaseOrder {
                @Id
                private Long id;

                @Column(nullable = false, length = 20)
                private String status;
            %s
            }
            """;

    /** {@code ORDER} plus one more class from {@code source}; every case is rejected the same way. */
    private void assertRejected(String name, String source, String... fragments) throws Exception {
        assertRejected(List.of("PurchaseOrder", String.format(ORDER, ""), name, source), fragments);
    }

    private void assertRejected(List<String> classes, String... fragments) throws Exception {
        TestProject project = TestProject.standard(dir, null);
        for (int i = 0; i < classes.size(); i += 2) {
            project.writeEntity(classes.get(i), classes.get(i + 1));
        }
        project.compileEntities();
        List<String> before = project.files();
        for (String verb : List.of("-m", "check")) {
            Result r = verb.equals("-m") ? project.run("-m", "initial", "--url", db.urlWithCredentials())
                    : project.run("check", "--url", db.urlWithCredentials());
            assertOneCleanError(r);
            assertThat(r.err()).contains(fragments);
            assertThat(r.out() + r.err()).doesNotContain("password=", db.urlWithCredentials());
            assertThat(project.files()).as("files after %s", verb).isEqualTo(before);
            assertThat(db.tables()).as("tables after %s", verb).isEmpty();
        }
        Result verbose = project.run("check", "--url", db.urlWithCredentials(), "--verbose");
        assertThat(verbose.code()).isEqualTo(2);
        assertThat(verbose.errorLines()).hasSize(1);
    }

    private static String entity(String name, String annotations, String body) {
        return "package com.acme.model;\n\nimport jakarta.persistence.*;\n\n@Entity\n" + annotations
                + "\npublic class " + name + " {\n    @Id\n    private Long id;\n" + body + "\n}\n";
    }

    // ------------------------------------------------------------ one table, two owners that disagree

    @Test
    void aProjectionWithAnotherLength() throws Exception {
        assertRejected("OrderSummary", entity("OrderSummary", "@Table(name = \"orders\")",
                        "    @Column(nullable = false, length = 40) private String status;"),
                "entity OrderSummary", "entity PurchaseOrder", "map table orders",
                "column status", "varchar(20)", "varchar(40)", "declare the column alike in both",
                "Hibernate's own schema export would silently use entity OrderSummary's");
    }

    @Test
    void aProjectionThatLeavesOutNotNull() throws Exception {
        assertRejected("OrderSummary", entity("OrderSummary", "@Table(name = \"orders\")",
                        "    @Column(length = 20) private String status;"),
                "map table orders", "column status", "null vs not null");
    }

    @Test
    void aProjectionWithAnotherType() throws Exception {
        assertRejected("OrderSummary", entity("OrderSummary", "@Table(name = \"orders\")",
                        "    @Column(nullable = false) private Integer status;"),
                "column status", "type integer vs varchar(20)");
    }

    @Test
    void twoEntitiesWithDifferentPrimaryKeys() throws Exception {
        assertRejected("OrderCode", """
                        package com.acme.model;

                        import jakarta.persistence.*;

                        @Entity
                        @Table(name = "ORDERS")
                        public class OrderCode {
                            @Id
                            private String code;
                        }
                        """,
                "entity OrderCode", "entity PurchaseOrder", "map table orders", "different primary keys",
                "[code] vs [id]");
    }

    @Test
    void anEntityAndAJoinTableOfOneName() throws Exception {
        assertRejected(List.of("PurchaseOrder", String.format(ORDER, """
                            @ManyToMany
                            @JoinTable(name = "order_tags", joinColumns = @JoinColumn(name = "order_id"),
                                    inverseJoinColumns = @JoinColumn(name = "tag_id"))
                            private java.util.Set<Tag> tags;
                        """),
                        "Tag", entity("Tag", "", ""),
                        "OrderTag", entity("OrderTag", "@Table(name = \"order_tags\")",
                                "    @Column(name = \"order_id\") private String orderId;")),
                "OrderTag", "PurchaseOrder.tags (@JoinTable)", "map table order_tags", "column order_id", "type");
    }

    @Test
    void anEntityAndACollectionTableOfOneName() throws Exception {
        assertRejected(List.of("PurchaseOrder", String.format(ORDER, """
                            @ElementCollection
                            @CollectionTable(name = "order_notes", joinColumns = @JoinColumn(name = "order_id"))
                            @Column(name = "note", length = 500)
                            private java.util.List<String> notes;
                        """),
                        "OrderNote", entity("OrderNote", "@Table(name = \"order_notes\")",
                                "    @Column(name = \"note\") private java.time.LocalDate note;")),
                "OrderNote", "PurchaseOrder.notes (@CollectionTable)", "map table order_notes", "column note",
                "type date vs varchar(500)");
    }

    @Test
    void anEntityAndASecondaryTableOfOneName() throws Exception {
        assertRejected("Invoice", entity("Invoice", """
                        @Table(name = "invoices")
                        @SecondaryTable(name = "order_extras")""",
                        "    @Column(table = \"order_extras\", name = \"memo\", length = 100) private String memo;"
                                + "\n}\n@Entity @Table(name = \"order_extras\") class OrderExtra {\n"
                                + "    @Id private Long id;\n    @Column(name = \"memo\") private java.time.Instant memo;"),
                "OrderExtra", "@SecondaryTable order_extras", "map table order_extras", "column memo");
    }

    // ------------------------------------------------------------ one name, two relations

    @Test
    void twoSpellingsThatTheNamingStrategyMakesOne() throws Exception {
        assertRejected("OrderLine", entity("OrderLine", "@Table(name = \"OrderLine\")", "")
                        + "\n@Entity @Table(name = \"order_line\") class OrderLineCopy { @Id private Long id; }\n",
                "table order_line (entity OrderLine)", "table order_line (entity OrderLineCopy)",
                "are both stored as order_line", "give one of them another name");
    }

    @Test
    void theDefaultSchemaSpelledOut() throws Exception {
        assertRejected("ArchivedOrder", entity("ArchivedOrder", "@Table(name = \"orders\", schema = \"public\")", ""),
                "table orders (entity PurchaseOrder)", "table public.orders (entity ArchivedOrder)",
                "are both stored as orders");
    }

    @Test
    void aSequenceNamedLikeATable() throws Exception {
        assertRejected("Ticket", """
                        package com.acme.model;

                        import jakarta.persistence.*;

                        @Entity
                        public class Ticket {
                            @Id
                            @GeneratedValue(generator = "ticket_ids")
                            @SequenceGenerator(name = "ticket_ids", sequenceName = "orders")
                            private Long id;
                        }
                        """,
                "table orders (entity PurchaseOrder)", "sequence orders", "are both stored as orders");
    }

    // ------------------------------------------------------------ names the database would cut

    @Test
    void aTableNameOverTheLimit() throws Exception {
        String name = "t".repeat(64);
        assertRejected("Wide", entity("Wide", "@Table(name = \"" + name + "\")", ""),
                "table name \"" + name + "\" (entity Wide) is 64 bytes long, over postgresql's limit of 63 bytes",
                "would cut it to \"" + name.substring(1) + "\"", "@Table(name)");
    }

    @Test
    void aColumnNameOverTheLimitInBytesNotCharacters() throws Exception {
        String name = "\u0434".repeat(32); // 32 characters, 64 bytes
        assertRejected("Wide", entity("Wide", "@Table(name = \"wide\")",
                        "    @Column(name = \"" + name + "\") private String text;"),
                "column name \"" + name + "\" of table wide (entity Wide) is 64 bytes long", "limit of 63 bytes",
                "@Column(name)");
    }

    @Test
    void twoColumnNamesThatTheCutWouldMakeOne() throws Exception {
        String stem = "c".repeat(63);
        assertRejected("Wide", entity("Wide", "@Table(name = \"wide\")",
                        "    @Column(name = \"" + stem + "a\") private String a;\n"
                                + "    @Column(name = \"" + stem + "b\") private String b;"),
                "is 64 bytes long", "the name of column " + stem + "b too");
    }

    @Test
    void aNamingStrategyOutputOverTheLimit() throws Exception {
        String field = "theDateOnWhichTheCustomerFirstAskedForTheOrderToBeDeliveredElsewhere";
        assertRejected("Wide", entity("Wide", "@Table(name = \"wide\")", "    private String " + field + ";"),
                "column name \"the_date_on_which_the_customer_first_asked_for_the_order_to_be_delivered_elsewhere\"",
                "(entity Wide)", "@Column(name)");
    }

    @Test
    void anIndexAUniqueConstraintAndAForeignKeyNameOverTheLimit() throws Exception {
        String name = "ix_" + "x".repeat(61);
        assertRejected("Wide", entity("Wide", "@Table(name = \"wide\", indexes = @Index(name = \"" + name
                        + "\", columnList = \"code\"))", "    private String code;"),
                "index name \"" + name + "\" on table wide is 64 bytes long", "@Index(name)");
        deleteTree(dir);
        java.nio.file.Files.createDirectories(dir);
        String unique = "uq_" + "\u00e9".repeat(31); // 3 + 62 bytes
        assertRejected("Wide", entity("Wide", "@Table(name = \"wide\", uniqueConstraints = @UniqueConstraint(name = \""
                        + unique + "\", columnNames = \"code\"))", "    private String code;"),
                "unique constraint name \"" + unique + "\" on table wide is 65 bytes long", "@UniqueConstraint(name)");
        deleteTree(dir);
        java.nio.file.Files.createDirectories(dir);
        String fk = "fk_" + "f".repeat(61);
        assertRejected("Wide", entity("Wide", "@Table(name = \"wide\")",
                        "    @ManyToOne @JoinColumn(foreignKey = @ForeignKey(name = \"" + fk + "\")) private PurchaseOrder purchase;"),
                "foreign key name \"" + fk + "\" on table wide is 64 bytes long", "@ForeignKey(name)");
    }

    @Test
    void aSequenceNameOverTheLimit() throws Exception {
        String name = "s".repeat(62) + "\u00e9"; // ends in a two-byte character: 64 bytes
        assertRejected("Ticket", """
                        package com.acme.model;

                        import jakarta.persistence.*;

                        @Entity
                        public class Ticket {
                            @Id
                            @GeneratedValue(generator = "ticket_ids")
                            @SequenceGenerator(name = "ticket_ids", sequenceName = "%s")
                            private Long id;
                        }
                        """.formatted(name),
                "sequence name \"" + name + "\" is 64 bytes long", "would cut it to \"" + "s".repeat(62) + "\"",
                "@SequenceGenerator(sequenceName)");
    }

    @Test
    void aLoneDoubleQuoteInAQuotedName() throws Exception {
        assertRejected("Quoted", entity("Quoted", "@Table(name = \"quoted\")",
                        "    @Column(name = \"\\\"say \\\"hi\\\"\") private String greeting;"),
                "column name \"say \"hi\" of table quoted", "holds a double quote that is not doubled",
                "write it twice");
    }

    @Test
    void anEnumTypeAndACheckNameOverTheLimit() throws Exception {
        String type = "Status" + "x".repeat(58); // Hibernate names the type after the enum: 64 bytes
        assertRejected(List.of("PurchaseOrder", String.format(ORDER, ""),
                        type, "package com.acme.model;\n\npublic enum " + type + " { NEW, PAID }\n",
                        "Payment", entity("Payment", "@Table(name = \"payments\")",
                                "    @Enumerated(EnumType.STRING)\n"
                                        + "    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.NAMED_ENUM)\n"
                                        + "    private " + type + " status;")),
                "enum type name \"" + type + "\"", "is 64 bytes long", "the Java enum's simple name");
        deleteTree(dir);
        java.nio.file.Files.createDirectories(dir);
        String check = "ck_" + "k".repeat(61);
        assertRejected("Payment", entity("Payment", "@Table(name = \"payments\")\n"
                        + "@org.hibernate.annotations.Check(name = \"" + check + "\", constraints = \"amount >= 0\")",
                        "    private Integer amount;"),
                "check constraint name \"" + check + "\" on table payments is 64 bytes long", "@Check(name)");
    }

    // ------------------------------------------------------------ names PostgreSQL gives itself

    @Test
    void anIndexNamedLikeAnotherTablesPrimaryKey() throws Exception {
        assertRejected("Audit", entity("Audit", "@Table(name = \"audit\", indexes = @Index(name = \"orders_pkey\", "
                        + "columnList = \"note\"))", "    private String note;"),
                "index orders_pkey on table audit has the name postgresql gives the primary key of table orders",
                "give the index another name in @Index(name)");
    }

    @Test
    void aSequenceNamedLikeAnIdentityColumnsSequence() throws Exception {
        assertRejected("Ticket", """
                        package com.acme.model;

                        import jakarta.persistence.*;

                        @Entity
                        public class Ticket {
                            @Id
                            @GeneratedValue(generator = "ticket_ids")
                            @SequenceGenerator(name = "ticket_ids", sequenceName = "interviews_id_seq")
                            private Long id;
                        }
                        """,
                "sequence interviews_id_seq has the name postgresql gives the sequence of identity column "
                        + "interviews.id", "@SequenceGenerator(sequenceName)");
    }
}
