package dev.autogen.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.diff.SchemaDiff;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.Operation;
import dev.autogen.schema.Index;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Indexes beyond a btree over columns, made by hand-written SQL as a Flyway script or a
 * {@code schema.sql} makes them: each is read exactly, and recreated from the model (on another
 * database, or by a drop and its downgrade) it is the very same index again, never something else.
 */
class PostgresIndexKindsTest {

    /** One of each kind, as people write them (keywords in any case, extra parentheses, defaults spelled out). */
    static final List<String> SCHEMA_SQL = List.of(
            """
            create table doc (
                id bigint primary key, email varchar(255), name text, title text, code text, ref bigint,
                deleted_at timestamp, created timestamp, body jsonb, tags text[], during tsrange,
                "Mixed" text, position integer, spot point)""",
            "create index ix_doc_partial on doc (email) where (deleted_at is null)",
            "create unique index ux_doc_partial on doc using btree (lower(email)) where deleted_at is null and email <> ''",
            "create unique index ux_doc_partial_plain on doc (code) where ref > 0",
            "create index ix_doc_expression on doc (lower(name) desc nulls last, (id + 1), (title || 'it''s, (odd)'))",
            "create index ix_doc_include on doc (ref) include (name, \"Mixed\")",
            "create index ix_doc_opclass on doc (code text_pattern_ops, email varchar_pattern_ops desc)",
            "create index ix_doc_default_opclass on doc (code text_ops)",
            "create index ix_doc_collation on doc (title collate \"C\", name collate \"POSIX\" desc)",
            "create unique index ux_doc_nulls on doc (code, ref) nulls not distinct",
            "create index ix_doc_gin_jsonb on doc using gin (body jsonb_path_ops)",
            "create index ix_doc_gin_jsonb_default on doc using GIN (body)",
            "create index ix_doc_gin_array on doc using gin (tags)",
            "create index ix_doc_gist on doc using gist (during)",
            "create index ix_doc_brin on doc using brin (created)",
            "create index ix_doc_hash on doc using hash (code)",
            "create index ix_doc_spgist on doc using spgist (spot)",
            "create index ix_doc_quoted on doc (\"Mixed\" desc, position desc)",
            "create index ix_doc_everything on doc using btree (ref desc, lower(title) text_pattern_ops) "
                    + "include (email) where ref is not null and title like 'a%'",
            "create index ix_doc_plain on doc (ref, created)");

    @Test
    void eachKindIsReadExactly() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(SCHEMA_SQL.toArray(String[]::new));
            Map<String, Index> indexes = indexes(Pg.introspect(db));

            assertThat(indexes.get("ix_doc_partial")).isEqualTo(index("ix_doc_partial", "email").where("deleted_at IS NULL"));
            assertThat(indexes.get("ux_doc_partial")).isEqualTo(index("ux_doc_partial", "lower(email::text)").asUnique()
                    .where("deleted_at IS NULL AND email::text <> ''::text"));
            assertThat(indexes.get("ux_doc_partial_plain")).isEqualTo(index("ux_doc_partial_plain", "code").asUnique()
                    .where("ref > 0"));
            assertThat(indexes.get("ix_doc_expression").columns())
                    .containsExactly("lower(name) DESC NULLS LAST", "(id + 1)", "(title || 'it''s, (odd)'::text)");
            assertThat(indexes.get("ix_doc_include")).isEqualTo(index("ix_doc_include", "ref").include("name", "Mixed"));
            assertThat(indexes.get("ix_doc_opclass").columns())
                    .containsExactly("code text_pattern_ops", "email varchar_pattern_ops DESC");
            assertThat(indexes.get("ix_doc_default_opclass")).isEqualTo(index("ix_doc_default_opclass", "code"));
            assertThat(indexes.get("ix_doc_collation").columns()).containsExactly("title COLLATE \"C\"",
                    "name COLLATE \"POSIX\" DESC");
            assertThat(indexes.get("ux_doc_nulls")).isEqualTo(index("ux_doc_nulls", "code", "ref").asUnique()
                    .nullsNotDistinct());
            assertThat(indexes.get("ix_doc_gin_jsonb")).isEqualTo(index("ix_doc_gin_jsonb", "body jsonb_path_ops").using("gin"));
            assertThat(indexes.get("ix_doc_gin_jsonb_default")).isEqualTo(index("ix_doc_gin_jsonb_default", "body").using("gin"));
            assertThat(indexes.get("ix_doc_gin_array")).isEqualTo(index("ix_doc_gin_array", "tags").using("gin"));
            assertThat(indexes.get("ix_doc_gist")).isEqualTo(index("ix_doc_gist", "during").using("gist"));
            assertThat(indexes.get("ix_doc_brin")).isEqualTo(index("ix_doc_brin", "created").using("brin"));
            assertThat(indexes.get("ix_doc_hash")).isEqualTo(index("ix_doc_hash", "code").using("hash"));
            assertThat(indexes.get("ix_doc_spgist")).isEqualTo(index("ix_doc_spgist", "spot").using("spgist"));
            assertThat(indexes.get("ix_doc_quoted").columns()).containsExactly("\"Mixed\" DESC", "position DESC");
            assertThat(indexes.get("ix_doc_everything")).isEqualTo(index("ix_doc_everything", "ref DESC",
                    "lower(title) text_pattern_ops").include("email").where("ref IS NOT NULL AND title ~~ 'a%'::text"));
            assertThat(indexes.get("ix_doc_plain")).isEqualTo(index("ix_doc_plain", "ref", "created"));
        }
    }

    @Test
    void recreatedFromTheModelOnAnotherDatabaseEachIndexIsTheSame() throws Exception {
        try (TestDatabase source = TestDatabases.create(); TestDatabase copy = TestDatabases.create()) {
            source.execute(SCHEMA_SQL.toArray(String[]::new));
            Schema read = Pg.introspect(source);
            Table doc = first(read);
            List<Operation> build = new ArrayList<>();
            build.add(new CreateTable(doc.withoutForeignKeysAndIndexes()));
            doc.indexes().forEach(ix -> build.add(new CreateIndex(doc.name(), ix)));
            Pg.apply(copy, build);

            Schema again = Pg.introspect(copy);
            assertThat(again).isEqualTo(read);
            assertThat(SchemaDiff.compare(read, again)).isEmpty();
            try (Connection c = source.connect()) {
                assertThat(Pg.DIALECT.canonicalize(c, read)).as("PostgreSQL's spelling is a fixed point").isEqualTo(read);
            }
        }
    }

    @Test
    void droppedThenDowngradedEachIndexIsTheSame() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(SCHEMA_SQL.toArray(String[]::new));
            Schema before = Pg.introspect(db);
            Table doc = first(before);
            List<Operation> drops = doc.indexes().stream().<Operation>map(ix -> new DropIndex(doc.name(), ix)).toList();
            Pg.apply(db, drops);
            assertThat(first(Pg.introspect(db)).indexes()).isEmpty();

            Pg.apply(db, drops.stream().map(Operation::inverse).toList());
            assertThat(Pg.introspect(db)).isEqualTo(before);
        }
    }

    @Test
    void concurrentlyBuiltTheIndexIsTheSame() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(SCHEMA_SQL.toArray(String[]::new));
            Schema before = Pg.introspect(db);
            Table doc = first(before);
            for (Index ix : doc.indexes()) {
                Pg.apply(db, new DropIndex(doc.name(), ix, true), new CreateIndex(doc.name(), ix, true));
            }
            assertThat(Pg.introspect(db)).isEqualTo(before);
        }
    }

    /** The entity side writes these as Hibernate does; the canonicalizer spells them as introspection reads them. */
    @Test
    void desiredIndexesAreSpelledAsPostgresPrintsThem() throws Exception {
        try (TestDatabase db = TestDatabases.create()) {
            db.execute(SCHEMA_SQL.toArray(String[]::new));
            Schema read = Pg.introspect(db);
            Table doc = first(read);
            Table desired = doc.withIndexes(ixs -> List.of(
                    index("ix_doc_partial", "email").where("(deleted_at is null)"),
                    PostgresIndexOptions.apply(index("ix_doc_include", "ref"), "INCLUDE (name, \"Mixed\")"),
                    PostgresIndexOptions.apply(index("ux_doc_partial", "LOWER(email)").asUnique(),
                            "where deleted_at is null and email <> ''"),
                    index("ix_doc_opclass", "code TEXT_PATTERN_OPS", "email varchar_pattern_ops desc"),
                    index("ix_doc_gin_jsonb", "body jsonb_path_ops").using("GIN"),
                    PostgresIndexOptions.apply(index("ux_doc_nulls", "code", "ref").asUnique(), "nulls not distinct"),
                    index("ix_doc_everything", "ref desc", "lower(title) text_pattern_ops").include("email")
                            .where("ref is not null and title like 'a%'")));
            try (Connection c = db.connect()) {
                Schema canonical = Pg.DIALECT.canonicalize(c, read.with(desired));
                Map<String, Index> spelled = indexes(canonical);
                Map<String, Index> actual = indexes(read);
                assertThat(spelled).hasSize(7).allSatisfy((name, ix) -> assertThat(ix).isEqualTo(actual.get(name)));
            }
        }
    }

    @Test
    void rendersEachClauseInCreateIndexOrder() {
        Index ix = index("ix_doc_everything", "ref DESC", "lower(title) text_pattern_ops").using("gist")
                .include("email", "Mixed").nullsNotDistinct().asUnique().where("ref IS NOT NULL");

        assertThat(Pg.DIALECT.render(new CreateIndex(dev.autogen.schema.TableName.parse("app.doc"), ix, true)))
                .containsExactly("DROP INDEX CONCURRENTLY IF EXISTS app.ix_doc_everything",
                        "CREATE UNIQUE INDEX CONCURRENTLY ix_doc_everything ON app.doc USING gist "
                                + "(ref DESC, lower(title) text_pattern_ops) INCLUDE (email, \"Mixed\") NULLS NOT DISTINCT "
                                + "WHERE ref IS NOT NULL");
        assertThat(Pg.DIALECT.render(new CreateIndex(dev.autogen.schema.TableName.of("doc"), index("ix", "a"))))
                .containsExactly("CREATE INDEX ix ON doc (a)");
    }

    /** {@code @Index(options = ...)} as Hibernate appends it; what PostgreSQL does not take there is refused by name. */
    @Test
    void entityOptionsAreReadInPostgresOrder() {
        Index ix = index("ix", "a");

        assertThat(PostgresIndexOptions.apply(ix, " Include (b, \"C\")  NULLS NOT DISTINCT with (fillfactor = 70) "
                + "tablespace pg_default WHERE (a > 0)")).isEqualTo(ix.include("b", "C").nullsNotDistinct().where("(a > 0)"));
        assertThat(PostgresIndexOptions.apply(ix, "nulls distinct")).isEqualTo(ix);
        assertThat(PostgresIndexOptions.apply(ix, "")).isEqualTo(ix);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PostgresIndexOptions.apply(ix, "using gin"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"using gin\"");
    }

    private static Index index(String name, String... keys) {
        return new Index(name, List.of(keys), false);
    }

    private static Map<String, Index> indexes(Schema schema) {
        return first(schema).indexes().stream().collect(Collectors.toMap(Index::name, Function.identity()));
    }

    private static Table first(Schema schema) {
        return schema.tables().iterator().next();
    }
}
