package dev.autogen.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.autogen.api.Migration;
import dev.autogen.api.Op;
import dev.autogen.api.Revision;
import dev.autogen.operation.Operation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Writes migration classes as Java source: a revision header, then {@code upgrade} and
 * {@code downgrade} bodies that call {@link Op} once per operation. The output depends only on the
 * spec, so the same spec always gives the same bytes.
 *
 * <pre>{@code
 * String source = MigrationWriter.write(new MigrationSpec("com.acme.migrations",
 *         MigrationWriter.className(created, "add archived_at"), "3f2a9c1b7d0e", List.of("1a2b3c4d5e6f"),
 *         "add archived_at", created, upgrade, downgrade));
 * }</pre>
 */
public final class MigrationWriter {

    private static final String INDENT = "    ";

    private MigrationWriter() {
    }

    /** The source of a migration whose bodies perform the spec's operations. */
    public static String write(MigrationSpec spec) {
        OperationCodeRenderer renderer = new OperationCodeRenderer();
        List<MethodSpec> methods = new ArrayList<>(methods("upgrade", spec.upgrade(), renderer, spec.notes()));
        methods.addAll(methods("downgrade", spec.downgrade(), renderer, spec.notes()));
        return source(spec, methods);
    }

    /**
     * The source of a migration to be written by hand ({@code autogen revision -m "backfill"}):
     * the same header, and bodies that show how to use {@code op.execute(sql)} and
     * {@code op.connection()}. The spec's operations are ignored.
     */
    public static String writeEmpty(MigrationSpec spec) {
        String source = source(spec, List.of(
                templateMethod("upgrade", EmptyMigrationTemplate.UPGRADE),
                templateMethod("downgrade", EmptyMigrationTemplate.DOWNGRADE)));
        return spec.transactional() ? EmptyMigrationTemplate.withTransactionalHint(source) : source;
    }

    /**
     * The class name for a migration made at {@code created} (UTC) with {@code message}:
     * {@code className(2026-11-22T22:40:00Z, "Add archived_at")} is
     * {@code M20261122_224000_add_archived_at}. The message is cut to 40 characters of
     * {@code [a-z0-9_]}; an empty or wholly non-ASCII message leaves {@code M20261122_224000}.
     */
    public static String className(Instant created, String message) {
        return MigrationClassName.of(created, message);
    }

    private static String source(MigrationSpec spec, List<MethodSpec> methods) {
        Instant created = spec.created().truncatedTo(ChronoUnit.SECONDS);
        TypeSpec type = TypeSpec.classBuilder(spec.className())
                .addJavadoc(RevisionHeader.javadoc(spec.message(), UpgradeSummary.of(spec), spec.revision(),
                        spec.parents(), created, spec.transactional(), spec.replaces(), indexesOnly(spec.upgrade())))
                .addAnnotation(revision(spec, created))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Migration.class)
                .addMethods(methods)
                .build();
        return JavaFile.builder(spec.packageName(), type)
                .addStaticImport(DdlCode.DDL, "*")
                .skipJavaLangImports(true)
                .indent(INDENT)
                .build()
                .toString();
    }

    private static boolean indexesOnly(List<Operation> operations) {
        return operations.stream().allMatch(op -> op instanceof dev.autogen.operation.CreateIndex
                || op instanceof dev.autogen.operation.DropIndex || op instanceof dev.autogen.operation.SetLockTimeout);
    }

    private static AnnotationSpec revision(MigrationSpec spec, Instant created) {
        AnnotationSpec.Builder revision = AnnotationSpec.builder(Revision.class).addMember("id", "$S", spec.revision());
        if (spec.parents().size() == 1) {
            revision.addMember("parents", "$S", spec.parents().get(0));
        } else if (spec.parents().size() > 1) {
            revision.addMember("parents", "{$L}", spec.parents().stream()
                    .map(parent -> CodeBlock.of("$S", parent))
                    .collect(CodeBlock.joining(", ")));
        }
        if (!spec.replaces().isEmpty()) {
            revision.addMember("replaces", "{$L}", spec.replaces().stream()
                    .map(replaced -> CodeBlock.of("$S", replaced))
                    .collect(CodeBlock.joining(", ")));
        }
        revision.addMember("message", "$S", spec.message()).addMember("created", "$S", created.toString());
        if (!spec.transactional()) {
            revision.addMember("transactional", "$L", false);
        }
        return revision.build();
    }

    /**
     * The method {@code name} performing the operations; when their code is longer than
     * {@link #PART_CHARACTERS}, the method calls private parts ({@code upgradePart1(op)}, ...) in
     * order, each holding a run of whole operations, so that a large migration (an initial schema
     * of hundreds of tables) stays under the JVM's 64 KiB of bytecode per method.
     */
    private static List<MethodSpec> methods(String name, List<Operation> operations, OperationCodeRenderer renderer,
                                            OperationNotes notes) {
        java.util.function.Predicate<Operation> existing = UpgradeSummary.onExistingTable(operations);
        List<CodeBlock> blocks = new ArrayList<>();
        for (Operation operation : operations) {
            Objects.requireNonNull(operation, "operation");
            CodeBlock.Builder block = CodeBlock.builder();
            for (String note : notes.of(operation, existing.test(operation))) {
                block.add("// $L\n", note.replaceAll("\\s+", " "));
            }
            blocks.add(block.add(operation.accept(renderer)).build());
        }
        List<List<CodeBlock>> parts = parts(blocks);
        if (parts.size() <= 1) {
            return List.of(overriding(name, body -> {
                if (blocks.isEmpty()) {
                    body.addComment("nothing to do");
                }
                blocks.forEach(body::addCode);
            }).build());
        }
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(overriding(name, body -> {
            for (int i = 1; i <= parts.size(); i++) {
                body.addStatement("$L(op)", name + "Part" + i);
            }
        }).build());
        for (int i = 1; i <= parts.size(); i++) {
            MethodSpec.Builder part = MethodSpec.methodBuilder(name + "Part" + i)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .addParameter(Op.class, "op");
            parts.get(i - 1).forEach(part::addCode);
            methods.add(part.build());
        }
        return methods;
    }

    /**
     * Source characters of operations per method: about 20 KiB of bytecode (javac makes some 0.2
     * bytes of a character of this code), well under the 64 KiB a method may have.
     */
    static final int PART_CHARACTERS = 100_000;

    /** Consecutive runs of blocks, each (but a single oversized block) within {@link #PART_CHARACTERS}. */
    private static List<List<CodeBlock>> parts(List<CodeBlock> blocks) {
        List<List<CodeBlock>> parts = new ArrayList<>();
        List<CodeBlock> current = new ArrayList<>();
        int length = 0;
        for (CodeBlock block : blocks) {
            int size = block.toString().length();
            if (!current.isEmpty() && length + size > PART_CHARACTERS) {
                parts.add(current);
                current = new ArrayList<>();
                length = 0;
            }
            current.add(block);
            length += size;
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    private static MethodSpec templateMethod(String name, List<String> commentLines) {
        return overriding(name, body -> commentLines.forEach(line -> body.addComment("$L", line)))
                .addException(Exception.class)
                .build();
    }

    private static MethodSpec.Builder overriding(String name, Consumer<MethodSpec.Builder> body) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(Op.class, "op");
        body.accept(method);
        return method;
    }
}
