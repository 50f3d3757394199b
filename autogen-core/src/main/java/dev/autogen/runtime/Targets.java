package dev.autogen.runtime;

import dev.autogen.AutogenException;

/** The checks every target passes before it is resolved, whatever the verb. */
final class Targets {

    private Targets() {
    }

    /** Refuses an empty target and a range where one target belongs. */
    static void check(String target, String verb) {
        if (target == null || target.isBlank()) {
            throw new AutogenException("an empty target for " + verb + "; write head, base, +N, -N, a revision id "
                    + "or prefix, e.g. `autogen " + verb + " head`");
        }
        if (target.contains(":")) {
            throw new AutogenException("'" + target + "' is a range, which only --sql takes (`autogen " + verb + " "
                    + target + " --sql`); to change the database, give where it should end: `autogen " + verb + " "
                    + target.substring(target.indexOf(':') + 1) + "`");
        }
        if (!target.equals(target.strip())) {
            throw new AutogenException("target '" + target + "' has spaces around it; write it as '"
                    + target.strip() + "'");
        }
    }
}
