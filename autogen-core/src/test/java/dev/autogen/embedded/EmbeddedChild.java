package dev.autogen.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.BufferedReader;
import java.io.InputStreamReader;

/**
 * A JVM that starts an embedded server and waits to be killed: the autogen run that a test kills
 * ({@code SIGKILL}, {@code SIGTERM}) to see what it leaves behind. Prints {@code ready DATA_DIRECTORY}
 * once the server runs. Arguments: {@code throwaway}, or {@code persistent DATA_DIRECTORY}.
 */
public final class EmbeddedChild {

    private EmbeddedChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedServer server = args[0].equals("persistent")
                ? EmbeddedServer.persistent(Path.of(args[1])) : EmbeddedServer.throwaway();
        System.out.println("ready " + server.dataDirectory());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** A started child; its server runs once this returns. */
    public record Running(Process process, Path dataDirectory) {
    }

    public static Running start(String... args) throws IOException {
        // the child shares this JVM's temporary directory: its runs are the ones the tests reap
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), EmbeddedChild.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("ready ")) {
                return new Running(process, Path.of(line.substring("ready ".length())));
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("the child JVM ended before its server ran:\n" + seen);
    }
}
