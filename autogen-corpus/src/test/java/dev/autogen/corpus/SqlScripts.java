package dev.autogen.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** SQL scripts a project ships in its jar, run as they are written (one script, one JDBC execution). */
final class SqlScripts {

    private SqlScripts() {
    }

    static void run(Connection connection, ClassLoader jars, String... resources) throws IOException, SQLException {
        for (String resource : resources) {
            String sql;
            try (InputStream in = jars.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not in the project's jars");
                }
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try (Statement st = connection.createStatement()) {
                st.execute(sql);
            }
        }
    }
}
