package dev.autogen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code autogen downgrade TARGET}: reverts migrations down to a target. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Revert migrations down to TARGET: -N, base, a revision id or unique prefix, or REV-N "
                + "(N steps before REV).",
        footer = {"", "Examples:", "  autogen downgrade -1", "  autogen downgrade base", "  autogen downgrade 3f2a", "  autogen downgrade head-2",
                "  autogen downgrade head:-1 --sql > revert.sql"})
final class DowngradeCommand extends Verb {

    @Parameters(index = "0", paramLabel = "TARGET")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it, from FROM given as FROM:TARGET; "
            + "needs no database.")
    boolean sql;

    @picocli.CommandLine.Mixin
    LockOptions lock;

    @Override
    int run(Context context) {
        if (sql) {
            return UpgradeCommand.offline(context, target, null, (planner, to) -> planner.downgrade(to));
        }
        return UpgradeCommand.migrate(context, lock, "revert on", planner -> planner.downgrade(target));
    }
}
