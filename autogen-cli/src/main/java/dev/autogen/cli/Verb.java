package dev.autogen.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A verb of {@code autogen}: takes the global options before or after its name and runs in a {@link Context}. */
abstract class Verb implements Callable<Integer> {

    @ParentCommand
    AutogenCommand root;

    @Mixin
    GlobalOptions local;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        return run(Context.of(root, local, spec.commandLine().getOut(), spec.commandLine().getErr()));
    }

    /** Does the work; returns the exit code. */
    abstract int run(Context context) throws Exception;
}
