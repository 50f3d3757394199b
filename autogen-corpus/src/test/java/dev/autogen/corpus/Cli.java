package dev.autogen.corpus;

import dev.autogen.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Runs {@code autogen ARGS} in-process in a project directory, as the command line would. */
final class Cli {

    private Cli() {
    }

    static Result run(Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(args, dir, Map.of(), o, e);
        }
        Result result = new Result(args, code, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000);
        System.out.println(result);
        return result;
    }

    /** What one invocation did. */
    record Result(String[] args, int code, String out, String err, long millis) {

        List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
        }

        @Override
        public String toString() {
            return "$ autogen " + String.join(" ", args) + "   [exit " + code + ", " + millis + " ms]\n"
                    + (out.isEmpty() ? "" : "out: " + out.strip().replace("\n", "\n     ") + "\n")
                    + (err.isEmpty() ? "" : "err: " + err.strip().replace("\n", "\n     ") + "\n");
        }
    }
}
