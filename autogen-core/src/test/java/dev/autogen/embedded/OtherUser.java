package dev.autogen.embedded;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Another local OS user ({@code nobody}), run through {@code runuser}: the attacker of the embedded
 * servers' security tests. Only where the tests run as root and {@code runuser} exists; elsewhere the
 * tests that need it are skipped (a JUnit assumption).
 */
final class OtherUser {

    static final String NAME = "nobody";

    /** A JDBC client: tries each password given (an empty one: none at all), prints one line per try. */
    private static final String PROBE = """
            import java.sql.*;
            import java.util.*;
            public class Probe {
                public static void main(String[] args) {
                    for (String password : System.getenv("PROBE_PASSWORDS").split(",", -1)) {
                        Properties p = new Properties();
                        p.setProperty("user", "postgres");
                        if (!password.isEmpty()) p.setProperty("password", password);
                        p.setProperty("connectTimeout", "10");
                        try (Connection c = DriverManager.getConnection(args[0], p)) {
                            System.out.println("connected");
                        } catch (SQLException e) {
                            System.out.println("refused " + e.getSQLState());
                        }
                    }
                }
            }
            """;

    private OtherUser() {
    }

    /** Skips the calling test unless another user can be impersonated here. */
    static void assumeAvailable() {
        assumeTrue("root".equals(System.getProperty("user.name")), "runs as root (to become another user)");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/runuser")) || Files.isExecutable(Path.of("/sbin/runuser")),
                "runuser is installed");
        Result id = run(List.of("id", "-u"), Map.of());
        assumeTrue(id.code() == 0 && !id.out().strip().equals("0"), "runuser -u nobody works");
    }

    /** Runs {@code command} as {@link #NAME}. */
    static Result run(List<String> command, Map<String, String> environment) {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", NAME, "--"));
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + full);
            }
            return new Result(process.exitValue(), out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + full, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Connects to {@code jdbcUrl} as {@code postgres} from a JVM of the other user, once per password
     * ("" for none); one line per try: {@code connected} or {@code refused SQLSTATE}.
     */
    static List<String> connect(String jdbcUrl, List<String> passwords) throws IOException {
        Path dir = Files.createTempDirectory("autogen-probe-", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        try {
            Path jar = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation().getPath());
            Files.copy(jar, dir.resolve("pgjdbc.jar"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve("Probe.java"), PROBE);
            for (Path file : List.of(dir.resolve("pgjdbc.jar"), dir.resolve("Probe.java"))) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            Result r = run(List.of(java, "-Duser.home=" + dir, "-cp", dir.resolve("pgjdbc.jar").toString(),
                    dir.resolve("Probe.java").toString(), jdbcUrl), Map.of("PROBE_PASSWORDS", String.join(",", passwords)));
            return r.out().lines().filter(l -> l.startsWith("connected") || l.startsWith("refused")).toList();
        } finally {
            TemplateCluster.deleteTree(dir);
        }
    }

    record Result(int code, String out) {
    }
}
