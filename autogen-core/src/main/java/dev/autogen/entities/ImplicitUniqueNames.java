package dev.autogen.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The names PostgreSQL gives the anonymous unique constraints of one {@code CREATE TABLE}, which is
 * how Hibernate's schema export writes a unique key whose name was not chosen on purpose
 * ({@code unique (a, b)}, and {@code unique} after a column that is unique by itself):
 * {@code <table>_<column>_<column>_key}, then {@code _key1}, {@code _key2}... for names already
 * taken, shortened to 63 bytes as PostgreSQL does ({@code ChooseIndexName}, {@code
 * ChooseIndexNameAddition}, {@code makeObjectName}). Clashes with relations of other tables in the
 * schema are not foreseen.
 */
final class ImplicitUniqueNames {

    /** PostgreSQL's {@code NAMEDATALEN}: the column part stops growing once it reaches it. */
    private static final int NAMEDATALEN = 64;

    private final String table;
    private final Set<String> taken = new HashSet<>();

    ImplicitUniqueNames(String table) {
        this.table = table;
    }

    /** The name of the next anonymous unique constraint, on {@code columns}. */
    String next(List<String> columns) {
        String addition = addition(columns);
        String label = "key";
        for (int pass = 1; ; pass++) {
            String name = ImplicitCheckNames.objectName(table, addition, label);
            if (taken.add(name)) {
                return name;
            }
            label = "key" + pass;
        }
    }

    /** {@code ChooseIndexNameAddition}: the column names joined by {@code _}, no longer once it is long enough. */
    private static String addition(List<String> columns) {
        StringBuilder out = new StringBuilder();
        for (String column : columns) {
            if (out.length() > 0) {
                out.append('_');
            }
            out.append(column);
            if (out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= NAMEDATALEN) {
                break;
            }
        }
        return out.toString();
    }
}
