package dev.autogen.cli;

import picocli.CommandLine.Option;

/**
 * Options every verb takes, before or after the verb: {@code autogen -C app upgrade head} and
 * {@code autogen upgrade head -C app} mean the same; a value after the verb wins.
 */
public final class GlobalOptions {

    @Option(names = "--no-color",
            description = "No colour in the output (also when NO_COLOR is set, or not on a terminal).")
    boolean noColor;

    @Option(names = "-C", paramLabel = "DIR", description = "Run as if started in DIR.")
    String directory;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: autogen.toml).")
    String config;

    @Option(names = "--url", paramLabel = "URL",
            description = "Database URL (JDBC or postgresql://); overrides AUTOGEN_DATABASE_URL and autogen.toml.")
    String url;

    @Option(names = "--classpath", paramLabel = "PATHS", description = "Entity classpath (entries separated by "
            + "the path separator); overrides [entities] classpath and the Maven project's own.")
    String classpath;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    boolean verbose;

    /** {@code local}'s values where given, else {@code outer}'s. */
    static GlobalOptions merge(GlobalOptions outer, GlobalOptions local) {
        GlobalOptions merged = new GlobalOptions();
        merged.noColor = local.noColor || outer.noColor;
        merged.directory = local.directory != null ? local.directory : outer.directory;
        merged.config = local.config != null ? local.config : outer.config;
        merged.url = local.url != null ? local.url : outer.url;
        merged.classpath = local.classpath != null ? local.classpath : outer.classpath;
        merged.verbose = local.verbose || outer.verbose;
        return merged;
    }
}
