package dev.autogen.config;

import dev.autogen.AutogenException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Expands {@code ${VAR}} in configuration values from the environment; an unset variable is an error. */
final class EnvExpander {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final Map<String, String> environment;

    EnvExpander(Map<String, String> environment) {
        this.environment = environment;
    }

    String expand(String value, String key) {
        Matcher m = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement = environment.get(name);
            if (replacement == null) {
                throw new AutogenException("autogen.toml: " + key + " uses ${" + name + "}, which is not set; "
                        + "set " + name + " or change " + key);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
