package dev.autogen.config;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes secrets out of texts and exception chains: the known ones (a URL's password) wherever
 * they appear, as written or percent-encoded, and anything URL-shaped that looks like one.
 */
final class SecretMasking {

    static final String MASK = "***";

    /** {@code scheme://user:secret@}: everything from the first ':' to the last '@' of the word. */
    private static final Pattern USER_INFO = Pattern.compile("(\\b[A-Za-z][A-Za-z0-9+.-]*://[^\\s/:@]*:)\\S*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(\\b(?:ssl)?password=)[^&;\\s]*");

    /** Secrets shorter than this are not searched for literally: they would mask ordinary words. */
    private static final int SHORTEST_LITERAL = 4;

    private SecretMasking() {
    }

    /** What autogen's own hints write where a password goes: left as it is. */
    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("password", "PASSWORD", "...", MASK);

    static String redact(String text) {
        if (text == null) {
            return null;
        }
        String masked = USER_INFO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + (PLACEHOLDERS.contains(secretOf(m.group())) ? secretOf(m.group()) : MASK) + "@"));
        return PASSWORD_PARAMETER.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1)
                + (PLACEHOLDERS.contains(m.group().substring(m.group(1).length())) ? m.group().substring(
                        m.group(1).length()) : MASK)));
    }

    /** The part of a {@code scheme://user:secret@} match between the user's ':' and the last '@'. */
    private static String secretOf(String userInfoMatch) {
        int start = userInfoMatch.indexOf(':', userInfoMatch.indexOf("://") + 3) + 1;
        return userInfoMatch.substring(start, userInfoMatch.length() - 1);
    }

    /**
     * {@code text} with each secret masked; {@code shown} is what the URL looks like without them,
     * so a "secret" that is part of it (the password {@code postgres}) is left alone.
     */
    static String mask(String text, Collection<String> secrets, String shown) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (String secret : secrets) {
            if (secret.length() < SHORTEST_LITERAL || shown.contains(secret)) {
                continue;
            }
            for (String form : new String[] {secret, PercentCoding.encode(secret),
                    java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8)}) {
                masked = masked.replace(form, MASK);
            }
        }
        return redact(masked);
    }

    static Throwable mask(Throwable thrown, Collection<String> secrets, String shown) {
        if (thrown == null || !changes(thrown, secrets, shown)) {
            return thrown;
        }
        return copy(thrown, secrets, shown, 0);
    }

    private static boolean changes(Throwable thrown, Collection<String> secrets, String shown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.equals(mask(message, secrets, shown))) {
                return true;
            }
        }
        return false;
    }

    private static Throwable copy(Throwable thrown, Collection<String> secrets, String shown, int depth) {
        Throwable cause = thrown.getCause() == null || thrown.getCause() == thrown || depth > 20 ? null
                : copy(thrown.getCause(), secrets, shown, depth + 1);
        Masked masked = new Masked(thrown.getClass().getName(), mask(thrown.getMessage(), secrets, shown), cause);
        masked.setStackTrace(thrown.getStackTrace());
        return masked;
    }

    /** A copy of an exception with its message masked; prints as the original class would. */
    static final class Masked extends Exception {

        private final String originalClass;

        Masked(String originalClass, String message, Throwable cause) {
            super(message, cause);
            this.originalClass = originalClass;
        }

        @Override
        public String toString() {
            return getMessage() == null ? originalClass : originalClass + ": " + getMessage();
        }
    }
}
