package dev.autogen.codegen;

import static dev.autogen.api.Ddl.check;
import static dev.autogen.api.Ddl.column;
import static dev.autogen.api.Ddl.comment;
import static dev.autogen.api.Ddl.sequence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;
import dev.autogen.operation.AddCheck;
import dev.autogen.operation.AlterSequence;
import dev.autogen.operation.CreateSequence;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.Execute;
import dev.autogen.operation.Operation;
import dev.autogen.operation.SetTableComment;
import dev.autogen.runtime.compile.CompiledMigrations;
import dev.autogen.runtime.compile.MigrationCompiler;
import dev.autogen.schema.Table;
import dev.autogen.schema.TableName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key invariant of code generation: a generated migration, compiled and run against a
 * recording {@link Op}, builds exactly the operations of its spec.
 */
class GeneratedMigrationRunsTest {

    @TempDir
    Path work;

    @Test
    void everyOperationRecordsExactlyTheSpec() throws Exception {
        MigrationSpec spec = Specs.everyOperation();
        Migration migration = compile(spec, MigrationWriter.write(spec));

        assertThat(upgrade(migration)).containsExactlyElementsOf(spec.upgrade());
        assertThat(downgrade(migration)).containsExactlyElementsOf(expressible(spec.downgrade()));
    }

    @Test
    void revisionAnnotationCarriesTheHeader() throws Exception {
        MigrationSpec spec = Specs.spec("cccccccccccc", List.of("aaaaaaaaaaaa", "bbbbbbbbbbbb"),
                "merge */ \\u0041 \"heads\"", List.of());
        Migration migration = compile(spec, MigrationWriter.write(spec));

        Revision revision = migration.getClass().getAnnotation(Revision.class);
        assertThat(revision.id()).isEqualTo("cccccccccccc");
        assertThat(revision.parents()).containsExactly("aaaaaaaaaaaa", "bbbbbbbbbbbb");
        assertThat(revision.message()).isEqualTo("merge */ \\u0041 \"heads\"");
        assertThat(revision.created()).isEqualTo("2026-11-22T22:40:00Z");
        assertThat(revision.transactional()).isTrue();
    }

    @Test
    void aNonTransactionalMigrationSaysSoAndRecordsItsConcurrentIndexes() throws Exception {
        MigrationSpec spec = Specs.concurrentIndexes();
        Migration migration = compile(spec, MigrationWriter.write(spec));

        assertThat(migration.getClass().getAnnotation(Revision.class).transactional()).isFalse();
        assertThat(upgrade(migration)).containsExactlyElementsOf(spec.upgrade());
        assertThat(downgrade(migration)).containsExactlyElementsOf(spec.downgrade());
    }

    /** Partial, INCLUDE, opclass, collation, NULLS NOT DISTINCT and access methods survive the generated code. */
    @Test
    void everyKindOfIndexRecordsExactlyTheSpec() throws Exception {
        MigrationSpec spec = Specs.indexKinds();
        Migration migration = compile(spec, MigrationWriter.write(spec));

        assertThat(upgrade(migration)).containsExactlyElementsOf(spec.upgrade());
        assertThat(downgrade(migration)).containsExactlyElementsOf(spec.downgrade());
    }

    @Test
    void theEmptyMigrationsCommentedTransactionalFalseCompilesOnceUncommented() throws Exception {
        MigrationSpec spec = Specs.spec("5e6f1a2b3c4d", List.of(), "concurrent index", List.of());
        String source = MigrationWriter.writeEmpty(spec);
        String uncommented = source.replace("// transactional = false,", "transactional = false,");

        assertThat(uncommented).isNotEqualTo(source);
        assertThat(compile(spec, source).getClass().getAnnotation(Revision.class).transactional()).isTrue();
        assertThat(compile(spec, uncommented).getClass().getAnnotation(Revision.class).transactional()).isFalse();
    }

    @Test
    void emptyMigrationCompilesAndDoesNothing() throws Exception {
        MigrationSpec spec = Specs.spec("5e6f1a2b3c4d", List.of(), "backfill full_name", List.of());
        Migration migration = compile(spec, MigrationWriter.writeEmpty(spec));

        assertThat(upgrade(migration)).isEmpty();
        assertThat(downgrade(migration)).isEmpty();
    }

    @Test
    void emptyMigrationExamplesCompileOnceUncommented() throws Exception {
        MigrationSpec spec = Specs.spec("5e6f1a2b3c4d", List.of(), "backfill full_name", List.of());
        String uncommented = MigrationWriter.writeEmpty(spec).replaceAll("(?m)^        //     ", "        ");
        Migration migration = compile(spec, uncommented);

        RecordingSink sink = new RecordingSink();
        assertThatThrownBy(() -> migration.upgrade(new Op(sink))).hasMessageContaining("no connection");
        assertThat(sink.operations).hasSize(2);
    }

    /** An execute with a reverse renders {@code op.execute(sql, reverseSql)}, so the downgrade runs the reverse. */
    @Test
    void executeKeepsItsReverseSql() throws Exception {
        MigrationSpec spec = Specs.spec("aaaaaaaaaaaa", List.of(), "lower emails",
                List.of(new Execute("UPDATE members SET email = lower(email)", "SELECT 1")));
        Migration migration = compile(spec, MigrationWriter.write(spec));

        assertThat(upgrade(migration)).containsExactly(new Execute("UPDATE members SET email = lower(email)", "SELECT 1"));
        assertThat(downgrade(migration)).containsExactly(new Execute("SELECT 1", "UPDATE members SET email = lower(email)"));
    }

    /** Sequence numbers outside the range of an {@code int} need an {@code L}; {@code Long.MIN_VALUE} too. */
    @Test
    void sequenceNumbersAtTheEdgesCompile() throws Exception {
        List<Operation> upgrade = List.of(
                new CreateSequence(sequence("a_seq", Integer.MAX_VALUE, Integer.MIN_VALUE)),
                new CreateSequence(sequence("b_seq", Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L)),
                new AlterSequence(sequence("c_seq", Long.MAX_VALUE, -1), sequence("c_seq", Long.MIN_VALUE, 1)));
        MigrationSpec spec = Specs.spec("aaaaaaaaaaaa", List.of(), "sequence bounds", upgrade);
        String source = MigrationWriter.write(spec);
        Migration migration = compile(spec, source);

        assertThat(source).contains("sequence(\"a_seq\", 2147483647, -2147483648)")
                .contains("sequence(\"b_seq\", 2147483648L, -2147483649L)");
        assertThat(upgrade(migration)).containsExactlyElementsOf(spec.upgrade());
        assertThat(downgrade(migration)).containsExactlyElementsOf(spec.downgrade());
    }

    /** Comments and check expressions are free text: quotes, backslashes, line breaks, comment ends. */
    @Test
    void freeTextSurvivesAsJavaLiterals() throws Exception {
        String text = "say \"hi\" */ \\u0041 C:\\temp\nsecond line\ttab";
        TableName notes = TableName.of("notes");
        List<Operation> upgrade = List.of(
                new CreateTable(Table.of(notes, List.of(column("body", "text").withComment(text),
                        check("ck_notes_body", "body <> '" + text + "'"), comment(text)))),
                new SetTableComment(notes, text, ""),
                new AddCheck(notes, check("ck_notes_quote", "body !~ '\\\\\"'")));
        MigrationSpec spec = Specs.spec("aaaaaaaaaaaa", List.of(), "free text", upgrade);
        Migration migration = compile(spec, MigrationWriter.write(spec));

        assertThat(upgrade(migration)).containsExactlyElementsOf(spec.upgrade());
        assertThat(downgrade(migration)).containsExactlyElementsOf(spec.downgrade());
    }

    /**
     * An initial schema of 500 tables is more than the JVM's 64 KiB of bytecode in one method
     * ("code too large"): the writer splits each body into parts, called in order, that compile and
     * record the spec exactly as one method would.
     */
    @Test
    void aMigrationTooLargeForOneMethodIsSplitIntoPartsInOrder() throws Exception {
        List<Operation> upgrade = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            TableName table = TableName.of("t" + i);
            List<dev.autogen.schema.TableElement> elements = new java.util.ArrayList<>();
            elements.add(column("id", "bigint").generatedAsIdentity());
            for (int c = 0; c < 10; c++) {
                elements.add(column("c" + c, "character varying(40)").notNull().withDefault("'x'"));
            }
            elements.add(dev.autogen.api.Ddl.primaryKey(null, "id"));
            elements.add(dev.autogen.api.Ddl.unique("uk_t" + i + "_c0", "c0"));
            upgrade.add(new CreateTable(Table.of(table, elements)));
            upgrade.add(new dev.autogen.operation.CreateIndex(table, dev.autogen.api.Ddl.index("ix_t" + i, "c1", "c2")));
        }
        MigrationSpec spec = Specs.spec("aaaaaaaaaaaa", List.of(), "initial schema", upgrade);
        String source = MigrationWriter.write(spec);
        Migration migration = compile(spec, source);

        assertThat(source).contains("upgradePart2(op);").contains("downgradePart2(op);");
        assertThat(upgrade(migration)).containsExactlyElementsOf(spec.upgrade());
        assertThat(downgrade(migration)).containsExactlyElementsOf(spec.downgrade());
        assertThat(MigrationWriter.write(spec)).isEqualTo(source);
    }

    /**
     * What {@code Op} can build of a list of operations: an execute with no SQL (the inverse of an
     * execute with no reverse) becomes a comment.
     */
    private static List<Operation> expressible(List<Operation> operations) {
        return operations.stream()
                .map(op -> op instanceof Execute e && e.sql() == null ? null : op)
                .filter(Objects::nonNull)
                .toList();
    }

    private Migration compile(MigrationSpec spec, String source) throws Exception {
        Path directory = work.resolve("src");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(spec.className() + ".java"), source);
        CompiledMigrations compiled = new MigrationCompiler(work.resolve("cache"), List.of())
                .compile(directory, Migration.class.getClassLoader());
        assertThat(compiled.sources()).singleElement()
                .satisfies(s -> assertThat(s.className()).isEqualTo(spec.packageName() + "." + spec.className()));
        Class<?> type = compiled.classLoader().loadClass(compiled.sources().get(0).className());
        return (Migration) type.getConstructor().newInstance();
    }

    private static List<Operation> upgrade(Migration migration) throws Exception {
        RecordingSink sink = new RecordingSink();
        migration.upgrade(new Op(sink));
        return sink.operations;
    }

    private static List<Operation> downgrade(Migration migration) throws Exception {
        RecordingSink sink = new RecordingSink();
        migration.downgrade(new Op(sink));
        return sink.operations;
    }
}
