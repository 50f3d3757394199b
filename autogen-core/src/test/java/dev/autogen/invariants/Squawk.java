package dev.autogen.invariants;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Squawk (npm {@code squawk-cli}, pinned), installed with npm into a directory of the build the
 * first time a test needs it. squawk-cli 2 ships its binary inside per-platform npm packages
 * ({@code @squawk-cli/linux-x64}, ...), so npm's registry is all it needs; without npm, or with
 * no registry reachable, the test is skipped with the reason.
 */
final class Squawk {

    static final String VERSION = "2.66.0";

    private Squawk() {
    }

    /** The squawk binary under {@code directory}, installed there first when missing. */
    static Path executable(Path directory) throws Exception {
        Path bin = directory.resolve("node_modules/.bin/squawk");
        if (!Files.isExecutable(bin)) {
            Files.createDirectories(directory);
            Result install;
            try {
                install = exec(List.of("npm", "install", "--prefix", directory.toString(), "--no-audit", "--no-fund",
                        "--no-save", "squawk-cli@" + VERSION), 300);
            } catch (IOException e) {
                assumeTrue(false, "Squawk test skipped: npm is not installed (" + e.getMessage() + ")");
                throw e;
            }
            assumeTrue(install.exitCode() == 0 && Files.isExecutable(bin), "Squawk test skipped: `npm install "
                    + "squawk-cli@" + VERSION + "` failed (is the npm registry reachable?):\n" + install.output());
        }
        Result version = exec(List.of(bin.toString(), "--version"), 60);
        assumeTrue(version.exitCode() == 0 && version.output().contains(VERSION),
                "Squawk test skipped: " + bin + " --version said: " + version.output());
        return bin;
    }

    /** Squawk on {@code files} without the {@code excluded} rules, its output plain (gcc reporter). */
    static Result run(Path squawk, List<Path> files, Collection<String> excluded) throws Exception {
        List<String> command = new ArrayList<>(List.of(squawk.toString(), "--reporter", "gcc",
                "--exclude", String.join(",", excluded)));
        files.forEach(f -> command.add(f.toString()));
        return exec(command, 300);
    }

    record Result(int exitCode, String output) {
    }

    private static Result exec(List<String> command, int seconds) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
