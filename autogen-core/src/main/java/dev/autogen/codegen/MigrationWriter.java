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
        return source(spec,
                method("upgrade", spec.upgrade(), renderer, spec.notes()),
                method("downgrade", spec.downgrade(), renderer, spec.notes()));
    }

    /**
     * The source of a migration to be written by hand ({@code autogen revision -m "backfill"}):
     * the same header, and bodies that show how to use {@code op.execute(sql)} and
     * {@code op.connection()}. The spec's operations are ignored.
     */
    public static String writeEmpty(MigrationSpec spec) {
        String source = source(spec,
                templateMethod("upgrade", EmptyMigrationTemplate.UPGRADE),
                templateMethod("downgrade", EmptyMigrationTemplate.DOWNGRADE));
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

    private static String source(MigrationSpec spec, MethodSpec upgrade, MethodSpec downgrade) {
        Instant created = spec.created().truncatedTo(ChronoUnit.SECONDS);
        TypeSpec type = TypeSpec.classBuilder(spec.className())
                .addJavadoc(RevisionHeader.javadoc(spec.message(), spec.revision(), spec.parents(), created,
                        spec.transactional(), spec.replaces()))
                .addAnnotation(revision(spec, created))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(Migration.class)
                .addMethod(upgrade)
                .addMethod(downgrade)
                .build();
        return JavaFile.builder(spec.packageName(), type)
                .addStaticImport(DdlCode.DDL, "*")
                .skipJavaLangImports(true)
                .indent(INDENT)
                .build()
                .toString();
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

    private static MethodSpec method(String name, List<Operation> operations, OperationCodeRenderer renderer,
                                     OperationNotes notes) {
        java.util.Set<dev.autogen.schema.TableName> created = new java.util.HashSet<>();
        operations.stream().filter(op -> op instanceof dev.autogen.operation.CreateTable)
                .forEach(op -> created.add(op.table()));
        return overriding(name, body -> {
            if (operations.isEmpty()) {
                body.addComment("nothing to do");
            }
            for (Operation operation : operations) {
                Objects.requireNonNull(operation, "operation");
                boolean existing = operation.table() != null && !created.contains(operation.table());
                for (String note : notes.of(operation, existing)) {
                    body.addComment("$L", note.replaceAll("\\s+", " "));
                }
                body.addCode(operation.accept(renderer));
            }
        }).build();
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
