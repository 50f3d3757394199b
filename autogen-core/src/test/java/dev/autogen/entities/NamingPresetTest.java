package dev.autogen.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.AutogenException;
import dev.autogen.dialect.postgres.PostgresDialect;
import dev.autogen.dialect.IntrospectionFilter;
import dev.autogen.schema.Column;
import dev.autogen.schema.ForeignKey;
import dev.autogen.schema.Table;
import dev.autogen.testing.TestDatabase;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import dev.autogen.schema.Schema;
import dev.autogen.schema.TableName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Spring Boot's naming is one setting away": {@code [entities] naming = "spring"}. */
class NamingPresetTest {

    private static Schema read(NamingPreset preset, Map<String, String> explicit) throws Exception {
        Path classes = Path.of(NamingPresetTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        EntitySource source = new EntitySource(List.of(classes), List.of("dev.autogen.entities.fixtures.spring"),
                preset.under(explicit));
        try (EntityModel model = EntityModel.load(source, new PostgresDialect())) {
            return model.schema();
        }
    }

    @Test
    void springNamesTablesColumnsAndJoinTablesAsSpringBootDoes() throws Exception {
        Schema schema = read(NamingPreset.named("spring"), Map.of());

        assertThat(schema.tablesByName().keySet()).containsExactly(
                TableName.of("author"), TableName.of("book_shelf"), TableName.of("book_shelf_favourite_authors"));
        assertThat(schema.table(TableName.of("book_shelf_favourite_authors")).orElseThrow().columns())
                .extracting(Column::name).containsExactlyInAnyOrder("book_shelf_id", "favourite_authors_id");
        assertThat(schema.table(TableName.of("book_shelf")).orElseThrow().column("room_name")).isPresent();
    }

    @Test
    void hibernatesDefaultKeepsJpaNames() throws Exception {
        Schema schema = read(NamingPreset.named(null), Map.of());

        assertThat(schema.tablesByName().keySet()).containsExactly(
                TableName.of("author"), TableName.of("bookshelf"), TableName.of("bookshelf_author"));
    }

    @Test
    void readableConstraintNamesReplaceHibernatesHashesAndHibernatesOwnExportUsesThemToo() throws Exception {
        Path classes = Path.of(NamingPresetTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        EntitySource source = new EntitySource(List.of(classes), List.of("dev.autogen.entities.fixtures.spring"),
                NamingPreset.SPRING.under(Map.of(), true));
        PostgresDialect dialect = new PostgresDialect();
        try (EntityModel model = EntityModel.load(source, dialect); TestDatabase db = TestDatabases.create();
             Connection c = db.connect()) {
            Table join = model.schema().table(TableName.of("book_shelf_favourite_authors")).orElseThrow();
            assertThat(join.foreignKeys()).extracting(ForeignKey::name).containsExactly(
                    "fk_book_shelf_favourite_authors_book_shelf_id",
                    "fk_book_shelf_favourite_authors_favourite_authors_id");

            db.execute(model.hibernateCreateDdl().toArray(String[]::new));
            Schema exported = dialect.introspect(c, IntrospectionFilter.defaultSchemaExcept());
            assertThat(exported.table(join.name()).orElseThrow().foreignKeys()).extracting(ForeignKey::name)
                    .containsExactlyElementsOf(join.foreignKeys().stream().map(ForeignKey::name).toList());
        }
    }

    @Test
    void longNamesKeepAStableHashWithinPostgresLimit() {
        String name = ReadableNames.fit("fk_" + "a_very_long_table_name_".repeat(4) + "column");

        assertThat(name.length()).isEqualTo(63);
        assertThat(name).startsWith("fk_a_very_long_table_name_").matches(".*_[0-9a-f]{8}$");
        assertThat(ReadableNames.fit("fk_" + "a_very_long_table_name_".repeat(4) + "column")).isEqualTo(name);
        assertThat(ReadableNames.fit("ix_short_name")).isEqualTo("ix_short_name");
    }

    @Test
    void explicitPropertiesWinAndUnknownPresetsAreClearErrors() throws Exception {
        Schema schema = read(NamingPreset.SPRING, Map.of("hibernate.implicit_naming_strategy", "default"));

        assertThat(schema.tablesByName().keySet()).contains(TableName.of("book_shelf_author"));
        assertThatThrownBy(() -> NamingPreset.named("rails")).isInstanceOf(AutogenException.class)
                .hasMessageContaining("use \"spring\"");
    }
}
