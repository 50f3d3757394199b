package dev.autogen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.compile.CompiledMigrations;
import dev.autogen.runtime.compile.MigrationCompiler;
import dev.autogen.schema.Schema;
import dev.autogen.schema.Table;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated code for every kind of index, compiled and run on real PostgreSQL: each index is
 * then read back as the spec wrote it, and the downgrade recreates a dropped partial unique index
 * with its predicate before it drops the rest.
 */
class GeneratedIndexMigrationTest {

    private static final PostgresDialect DIALECT = new PostgresDialect();

    @TempDir
    Path work;

    @Test
    void eachIndexIsReadBackAsTheGeneratedCodeWroteIt() throws Exception {
        MigrationSpec spec = Specs.indexKinds();
        Migration migration = compile(spec, MigrationWriter.write(spec));
        List<Operation> upgrade = record(migration, true);
        List<Operation> downgrade = record(migration, false);
        DropIndex dropped = (DropIndex) upgrade.get(upgrade.size() - 1);

        try (TestDatabase db = TestDatabases.create()) {
            apply(db, upgrade.subList(0, upgrade.size() - 1));
            assertThat(doc(db).indexes()).containsExactlyInAnyOrderElementsOf(Specs.indexKindsOf());

            apply(db, downgrade.subList(0, 1));
            assertThat(doc(db).indexes()).contains(dropped.index());

            apply(db, downgrade.subList(1, downgrade.size()));
            assertThat(introspect(db).tables()).isEmpty();
        }
    }

    private static Table doc(TestDatabase db) throws SQLException {
        return introspect(db).tables().iterator().next();
    }

    private static Schema introspect(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return DIALECT.introspect(c, IntrospectionFilter.defaultSchemaExcept());
        }
    }

    private static void apply(TestDatabase db, List<Operation> operations) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (Operation op : operations) {
                for (String sql : DIALECT.render(op)) {
                    st.execute(sql);
                }
            }
        }
    }

    private static List<Operation> record(Migration migration, boolean upgrade) throws Exception {
        RecordingSink sink = new RecordingSink();
        if (upgrade) {
            migration.upgrade(new Op(sink));
        } else {
            migration.downgrade(new Op(sink));
        }
        return sink.operations;
    }

    private Migration compile(MigrationSpec spec, String source) throws Exception {
        Path directory = work.resolve("src");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(spec.className() + ".java"), source);
        CompiledMigrations compiled = new MigrationCompiler(work.resolve("cache"), List.of())
                .compile(directory, Migration.class.getClassLoader());
        Class<?> type = compiled.classLoader().loadClass(compiled.sources().get(0).className());
        return (Migration) type.getConstructor().newInstance();
    }
}
