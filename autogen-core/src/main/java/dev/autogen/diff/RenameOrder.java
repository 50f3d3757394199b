package dev.autogen.diff;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which to run the renames of one name space (a table's constraints, or its
 * indexes) so that no rename takes a name still in use: a rename whose new name another rename
 * frees goes after it, and a cycle ({@code a -> b}, {@code b -> a}) moves one name aside first,
 * to {@code <name>_renamed}.
 */
final class RenameOrder {

    private static final int MAX_BYTES = 63;

    private RenameOrder() {
    }

    /** @param renames {@code {from, to}} pairs, each {@code from} and each {@code to} distinct */
    static List<String[]> of(List<String[]> renames) {
        List<String[]> pending = new ArrayList<>(renames);
        pending.sort(Comparator.comparing((String[] r) -> r[1]).thenComparing(r -> r[0]));
        List<String[]> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            String[] ready = null;
            for (String[] r : pending) {
                if (pending.stream().noneMatch(other -> other != r && other[0].equals(r[1]))) {
                    ready = r;
                    break;
                }
            }
            if (ready != null) {
                out.add(ready);
                pending.remove(ready);
            } else {
                String[] first = pending.remove(0);
                String aside = aside(first[0], renames);
                out.add(new String[] {first[0], aside});
                pending.add(0, new String[] {aside, first[1]});
            }
        }
        return out;
    }

    /** A name no rename uses, made from {@code name}, at most 63 bytes. */
    private static String aside(String name, List<String[]> renames) {
        String base = name;
        while ((base + "_renamed").getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            base = base.substring(0, base.length() - 1);
        }
        String candidate = base + "_renamed";
        for (String[] r : renames) {
            if (r[0].equals(candidate) || r[1].equals(candidate)) {
                return aside(base.substring(0, base.length() - 1), renames);
            }
        }
        return candidate;
    }
}
