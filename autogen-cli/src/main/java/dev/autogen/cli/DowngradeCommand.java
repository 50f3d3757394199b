package dev.autogen.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code autogen downgrade TARGET}: reverts migrations down to a target. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Revert migrations down to TARGET: -N, base, or a revision id or unique prefix.",
        footer = {"", "Examples:", "  autogen downgrade -1", "  autogen downgrade base", "  autogen downgrade 3f2a"})
final class DowngradeCommand extends Verb {

    @Parameters(index = "0", paramLabel = "TARGET")
    String target;

    @Override
    int run(Context context) {
        return UpgradeCommand.migrate(context, "revert on", planner -> planner.downgrade(target));
    }
}
