package dev.autogen.cli;

import dev.autogen.operation.Operation;
import dev.autogen.workflow.Renames;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of autogeneration, shared by {@code autogen -m} and {@code autogen revision --autogenerate}. */
final class AutogenerateOptions {

    @Option(names = "--no-verify", description = "Write the migration without first proving it (upgrade, diff "
            + "again, downgrade) on a throwaway database.")
    boolean noVerify;

    @Option(names = "--explain", description = "For each difference, print what the entities say, what the "
            + "database has, and the rule that made them differ.")
    boolean explain;

    @Option(names = "--concurrently", description = "Build new indexes on existing tables with CREATE INDEX "
            + "CONCURRENTLY (no write lock), in a migration of their own with @Revision(transactional = false) that "
            + "runs after the rest; [migrations] concurrent_indexes = true in autogen.toml makes it the default.")
    boolean concurrently;

    @Option(names = "--safety", paramLabel = "online|simple", description = "online: changes to existing tables "
            + "take their strong locks only for a moment (lock timeout, CONCURRENTLY, NOT VALID then VALIDATE), see "
            + "docs/online-migrations.md; simple: the plain statements. Default: [migrations] safety in autogen.toml.")
    Safety safety;

    /** The values of {@code --safety}. */
    enum Safety { online, simple }

    @Option(names = "--rename", paramLabel = "TABLE.COLUMN=NEW", description = "A column was renamed, not dropped "
            + "and added: keep its data (e.g. --rename users.name=full_name). Repeatable.")
    List<String> columnRenames = new ArrayList<>();

    @Option(names = "--rename-table", paramLabel = "TABLE=NEW", description = "A table was renamed, not dropped and "
            + "created: keep its rows (e.g. --rename-table bill=invoice). Repeatable.")
    List<String> tableRenames = new ArrayList<>();

    List<Operation> renames() {
        List<Operation> out = new ArrayList<>();
        tableRenames.forEach(spec -> out.add(Renames.table(spec)));
        columnRenames.forEach(spec -> out.add(Renames.column(spec)));
        return out;
    }
}
