package dev.autogen.runtime;

import dev.autogen.AutogenException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target written {@code REV+N} or {@code REV-N}: the revision N steps after (towards the heads)
 * or before (towards base) {@code REV} along the graph, where {@code REV} is {@code head},
 * {@code base}, a full revision id or a unique prefix. Each step must be unambiguous: a revision
 * with several children (going up) or several parents (going down) is an error naming them.
 * Going down from a first migration reaches {@code base} (resolved as {@code null}).
 *
 * <pre>{@code
 * RelativeTarget.parse("3f2a+1")   // the child of 3f2a9c1b7d0e
 * RelativeTarget.parse("head-2")   // two steps below the head
 * }</pre>
 */
record RelativeTarget(String text, String anchor, int steps) {

    /** {@code REV} then a sign and a positive number; the anchor is not itself signed. */
    private static final Pattern FORM = Pattern.compile("([^+\\-].*?)([+-])(\\d+)");

    /** The relative target {@code text} spells, or {@code null} when it is not of the form {@code REV±N}. */
    static RelativeTarget parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(m.group(3));
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n <= 0) {
            throw new AutogenException("bad target '" + text + "'; use REV+N or REV-N with N a positive number");
        }
        return new RelativeTarget(text, m.group(1), m.group(2).equals("+") ? n : -n);
    }

    /**
     * The revision this target names ({@code null} for base); {@code resolveAnchor} turns the
     * anchor into a revision id ({@code null} for base).
     */
    String resolve(RevisionGraph graph, Function<String, String> resolveAnchor) {
        if (anchor.equals("heads")) {
            throw new AutogenException("bad target '" + text + "': 'heads' names several revisions; "
                    + "count from head, base or a revision id");
        }
        String from;
        try {
            from = resolveAnchor.apply(anchor);
        } catch (AutogenException e) {
            throw new AutogenException("cannot resolve '" + text + "': " + e.getMessage(), e);
        }
        String at = from;
        for (int done = 0; done < Math.abs(steps); done++) {
            List<String> next = steps > 0 ? sorted(at == null ? graph.roots() : graph.childrenOf(at))
                    : (at == null ? null : graph.get(at).parents());
            if (next == null || (steps > 0 && next.isEmpty())) {
                throw new AutogenException("cannot resolve '" + text + "': it goes past "
                        + (steps > 0 ? "the head" : "base") + "; only " + done + " step(s) lead "
                        + (steps > 0 ? "up from " : "down from ") + (from == null ? "base" : from));
            }
            if (next.size() > 1) {
                throw new AutogenException("cannot resolve '" + text + "': " + (at == null ? "base" : at)
                        + " has " + next.size() + (steps > 0 ? " children (" : " parents (") + String.join(", ", next)
                        + "); name the one you mean instead");
            }
            at = next.isEmpty() ? null : next.get(0);
        }
        return at;
    }

    private static List<String> sorted(List<String> revisions) {
        return revisions.stream().sorted().toList();
    }
}
