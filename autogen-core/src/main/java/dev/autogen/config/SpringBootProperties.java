package dev.autogen.config;

import dev.autogen.AutogenException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What a Spring Boot project's {@code src/main/resources/application.properties} (or
 * {@code application.yml} / {@code .yaml}) says that autogen needs too: the database
 * ({@code spring.datasource.url}, {@code username}, {@code password}) and Hibernate's naming
 * ({@code spring.jpa.hibernate.naming.physical-strategy} / {@code implicit-strategy}), so that a Boot
 * project's {@code autogen.toml} need not repeat them. {@code ${VAR}} and {@code ${VAR:default}} expand
 * from the environment; profile files ({@code application-dev.properties}) are not read.
 *
 * <pre>{@code
 * SpringBootProperties.find(Path.of("."), System.getenv()).flatMap(SpringBootProperties::datasourceUrl);
 * }</pre>
 */
public record SpringBootProperties(Path file, Map<String, String> values, Map<String, String> environment) {

    static final String PHYSICAL = "spring.jpa.hibernate.naming.physical-strategy";
    static final String IMPLICIT = "spring.jpa.hibernate.naming.implicit-strategy";
    private static final String[] FILES = {"application.properties", "application.yml", "application.yaml"};
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}");

    public SpringBootProperties {
        values = Map.copyOf(values);
        environment = Map.copyOf(environment);
    }

    /** The application file of the project in {@code directory}; empty when it has none. */
    public static Optional<SpringBootProperties> find(Path directory, Map<String, String> environment) {
        for (String name : FILES) {
            Path file = directory.resolve("src/main/resources").resolve(name);
            if (Files.isRegularFile(file)) {
                return Optional.of(new SpringBootProperties(file, read(file), environment));
            }
        }
        return Optional.empty();
    }

    /** {@code spring.datasource.url} with the username and password in it, named for messages. */
    public Optional<UrlSetting> datasourceUrl() {
        return value("spring.datasource.url").map(url -> {
            StringBuilder full = new StringBuilder(url);
            String separator = url.contains("?") ? "&" : "?";
            for (String[] key : new String[][] {{"spring.datasource.username", "user"},
                    {"spring.datasource.password", "password"}}) {
                Optional<String> part = value(key[0]);
                if (part.isPresent()) {
                    full.append(separator).append(key[1]).append('=')
                            .append(URLEncoder.encode(part.get(), StandardCharsets.UTF_8));
                    separator = "&";
                }
            }
            return new UrlSetting(full.toString(), file.getFileName() + " spring.datasource.url",
                    "set it to a database URL, or give [database] url in autogen.toml");
        });
    }

    /** Hibernate's naming properties for the strategies the file names (empty: Spring Boot's defaults). */
    public Map<String, String> namingProperties() {
        Map<String, String> out = new TreeMap<>();
        value(PHYSICAL).ifPresent(v -> out.put("hibernate.physical_naming_strategy", v));
        value(IMPLICIT).ifPresent(v -> out.put("hibernate.implicit_naming_strategy", v));
        return out;
    }

    private Optional<String> value(String key) {
        String raw = values.get(key);
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(expand(key, raw.strip()));
    }

    private String expand(String key, String raw) {
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            String value = environment.getOrDefault(name,
                    environment.get(name.replace('.', '_').replace('-', '_').toUpperCase(java.util.Locale.ROOT)));
            if (value == null) {
                value = m.group(2);
            }
            if (value == null) {
                throw new AutogenException(file + ": " + key + " uses ${" + name + "}, which is not set; set it, "
                        + "or give the value in autogen.toml");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, String> read(Path file) {
        Map<String, String> out = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            if (file.getFileName().toString().endsWith(".properties")) {
                Properties properties = new Properties();
                properties.load(in);
                properties.stringPropertyNames().forEach(k -> out.put(k, properties.getProperty(k)));
            } else {
                try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                    for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(reader)) {
                        flatten("", document, out);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new AutogenException("cannot read " + file + ": " + e.getMessage() + "; fix it, or give the "
                    + "database and naming in autogen.toml", e);
        }
        return out;
    }

    private static void flatten(String prefix, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (node != null && !(node instanceof Iterable<?>)) {
            out.putIfAbsent(prefix, String.valueOf(node));   // the first document wins, as without profiles
        }
    }
}
