package dev.autogen.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the items of two lists that share a definition; what is left unpaired on each side is
 * what was removed and what was added. Duplicates pair one to one.
 */
record Matching<T>(List<T> onlyInFrom, List<T> onlyInTo) {

    static <T> Matching<T> of(List<T> from, List<T> to, Function<T, Object> definition) {
        Map<Object, List<T>> unmatched = new LinkedHashMap<>();
        for (T item : from) {
            unmatched.computeIfAbsent(definition.apply(item), k -> new ArrayList<>()).add(item);
        }
        List<T> added = new ArrayList<>();
        for (T item : to) {
            List<T> candidates = unmatched.get(definition.apply(item));
            if (candidates == null || candidates.isEmpty()) {
                added.add(item);
            } else {
                candidates.remove(0);
            }
        }
        List<T> removed = new ArrayList<>();
        for (T item : from) {
            List<T> left = unmatched.get(definition.apply(item));
            if (left.contains(item)) {
                removed.add(item);
                left.remove(item);
            }
        }
        return new Matching<>(List.copyOf(removed), List.copyOf(added));
    }
}
