package dev.autogen.bench;

import dev.autogen.dialect.Dialect;
import dev.autogen.operation.Operation;
import dev.autogen.runtime.MigrationScript;
import dev.autogen.runtime.Recording;
import dev.autogen.runtime.RevisionGraph;
import dev.autogen.runtime.RunListener.Direction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The migrations of a revision graph as Flyway's {@code V<n>__<name>.sql} files, one per migration
 * in the order they run: each one's statements as {@code upgrade --sql} renders them (the same
 * recording and dialect), without the version-table rows, guards, {@code BEGIN} and {@code COMMIT}
 * that autogen's script adds (Flyway keeps its own history and wraps each file in a transaction).
 */
final class FlywayFiles {

    private FlywayFiles() {
    }

    /** Writes the files into {@code dir} (emptied first); returns how many. */
    static int write(RevisionGraph graph, Dialect dialect, Path dir) throws IOException {
        BenchProject.deleteTree(dir);
        Files.createDirectories(dir);
        List<MigrationScript> ordered = graph.ordered();
        for (int i = 0; i < ordered.size(); i++) {
            MigrationScript script = ordered.get(i);
            Recording recording = Recording.of(script, Direction.UPGRADE);
            if (recording.stoppedAtJdbc()) {
                throw new IllegalStateException(script.revision() + " runs JDBC code: it has no SQL of its own");
            }
            StringBuilder sql = new StringBuilder();
            for (Operation op : recording.operations()) {
                for (String statement : dialect.render(op)) {
                    sql.append(statement).append(";\n");
                }
            }
            String name = script.message().replaceAll("[^A-Za-z0-9]+", "_");
            Files.writeString(dir.resolve("V" + (i + 1) + "__" + name + ".sql"), sql);
        }
        return ordered.size();
    }
}
