package dev.autogen.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Pairs the items of two lists that share a definition; what is left unpaired on each side is
 * what was removed and what was added. Duplicates pair one to one, items of the same name first,
 * so that a pair differs in name only when no item of its definition kept its name.
 */
record Matching<T>(List<T> onlyInFrom, List<T> onlyInTo, List<Pair<T>> paired) {

    /** Two items of the same definition, one on each side; their names may differ. */
    record Pair<T>(T from, T to) {
    }

    static <T> Matching<T> of(List<T> from, List<T> to, Function<T, Object> definition, Function<T, String> name) {
        return when(from, to, (a, b) -> definition.apply(a).equals(definition.apply(b)), name);
    }

    /**
     * As above, with {@code same} telling whether an item of {@code from} (first argument) has the
     * definition of one of {@code to} (second): for a sameness that is not the equality of a value,
     * such as keys whose column order counts only on some desired keys.
     */
    static <T> Matching<T> when(List<T> from, List<T> to, java.util.function.BiPredicate<T, T> same,
                              Function<T, String> name) {
        List<T> leftFrom = new ArrayList<>(from);
        List<T> leftTo = new ArrayList<>(to);
        List<Pair<T>> paired = new ArrayList<>();
        pair(leftFrom, leftTo, paired, (a, b) -> same.test(a, b) && Objects.equals(name.apply(a), name.apply(b)));
        pair(leftFrom, leftTo, paired, same);
        return new Matching<>(List.copyOf(leftFrom), List.copyOf(leftTo), List.copyOf(paired));
    }

    /** Pairs each item of {@code to}, in order, with the first left in {@code from} that fits. */
    private static <T> void pair(List<T> from, List<T> to, List<Pair<T>> paired,
                                 java.util.function.BiPredicate<T, T> fits) {
        for (java.util.Iterator<T> it = to.iterator(); it.hasNext(); ) {
            T wanted = it.next();
            for (int i = 0; i < from.size(); i++) {
                if (fits.test(from.get(i), wanted)) {
                    paired.add(new Pair<>(from.remove(i), wanted));
                    it.remove();
                    break;
                }
            }
        }
    }
}
