package dev.autogen.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The known word closest to a misspelt one, for "did you mean" in error messages: the candidate at
 * the smallest Levenshtein distance, ignoring case, if it is close enough to be a typo (at most 2
 * edits, or a third of the word's length for longer words); ties go to the first in sorted order.
 *
 * <pre>{@code DidYouMean.closest("exclud", List.of("schemas", "exclude", "include"))  // Optional[exclude]}</pre>
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    public static Optional<String> closest(String word, Collection<String> candidates) {
        String typed = word.toLowerCase(Locale.ROOT);
        LevenshteinDistance distance = new LevenshteinDistance(Math.max(2, typed.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().sorted().toList()) {
            int d = distance.apply(typed, candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
