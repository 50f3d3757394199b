package dev.autogen.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs a SQL script as {@code psql -v ON_ERROR_STOP=1 -f} does: statement by statement in
 * auto-commit mode ({@code BEGIN} and {@code COMMIT} in the script frame transactions), stopping
 * at the first error, whose first line it returns.
 */
public final class SqlScripts {

    private SqlScripts() {
    }

    /** The first error's first line, or empty when every statement ran. */
    public static Optional<String> run(TestDatabase db, String script) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String statement : statements(script)) {
                try {
                    st.execute(statement);
                } catch (SQLException e) {
                    return Optional.of(e.getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        return Optional.empty();
    }

    /** The statements of a script: split at semicolons outside quotes, dollar quotes and comments. */
    public static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < script.length()) {
            char ch = script.charAt(i);
            if (ch == '-' && script.startsWith("--", i)) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? script.length() : end + 1;
                continue;
            }
            if (ch == '\'') {
                int end = i + 1;
                while (end < script.length() && !(script.charAt(end) == '\'' && !script.startsWith("''", end))) {
                    end += script.startsWith("''", end) ? 2 : 1;
                }
                current.append(script, i, Math.min(end + 1, script.length()));
                i = end + 1;
                continue;
            }
            if (ch == '$') {
                int close = script.indexOf('$', i + 1);
                String tag = close < 0 ? null : script.substring(i, close + 1);
                if (tag != null && tag.matches("\\$\\w*\\$")) {
                    int end = script.indexOf(tag, close + 1);
                    end = end < 0 ? script.length() : end + tag.length();
                    current.append(script, i, end);
                    i = end;
                    continue;
                }
            }
            if (ch == ';') {
                if (!current.toString().isBlank()) {
                    out.add(current.toString().strip());
                }
                current.setLength(0);
            } else {
                current.append(ch);
            }
            i++;
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
