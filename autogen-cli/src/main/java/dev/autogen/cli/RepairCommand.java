package dev.autogen.cli;

import dev.autogen.runtime.Checksums;
import dev.autogen.runtime.RunListener;
import dev.autogen.workflow.DatabaseSession;
import dev.autogen.workflow.Project;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code autogen repair}: accepts that applied migrations were edited, recording their new checksums. */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Accept deliberately that applied migrations' sources changed: record their new checksums, "
                + "showing old and new.",
        footer = {"", "Example:", "  autogen repair"})
final class RepairCommand extends Verb {

    @Override
    int run(Context context) {
        try (Project project = context.project(); DatabaseSession session = project.openDatabase()) {
            List<Checksums.Mismatch> fixed = project.runner(session, RunListener.SILENT).repair();
            if (fixed.isEmpty()) {
                context.out().println("Nothing to repair: every applied migration matches its source");
            }
            for (Checksums.Mismatch m : fixed) {
                context.out().println("Repaired " + m.script().revision() + " (" + m.script().origin() + "): checksum "
                        + m.applied() + " -> " + m.script().checksum());
            }
        }
        return 0;
    }
}
