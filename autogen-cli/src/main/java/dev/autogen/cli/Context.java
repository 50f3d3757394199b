package dev.autogen.cli;

import dev.autogen.config.AutogenConfig;
import dev.autogen.workflow.ConfigWarnings;
import dev.autogen.workflow.MavenClasspath;
import dev.autogen.workflow.Project;
import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** What a verb needs from its invocation: where it runs, its configuration and its output. */
record Context(Path directory, GlobalOptions options, Map<String, String> environment, PrintWriter out,
               PrintWriter err, Style style, Set<String> warned) {

    static Context of(AutogenCommand root, GlobalOptions local, PrintWriter out, PrintWriter err) {
        GlobalOptions options = GlobalOptions.merge(root.global, local);
        Path dir = options.directory == null ? root.workingDirectory
                : root.workingDirectory.resolve(options.directory).normalize();
        return new Context(dir, options, root.environment, out, err,
                Style.of(root.terminal, root.environment, options.noColor), new HashSet<>());
    }

    Path configFile() {
        return options.config == null ? directory.resolve(AutogenConfig.FILE_NAME) : directory.resolve(options.config);
    }

    /**
     * The configuration, with the entity classpath from --classpath, else the file's, else (beside
     * a pom.xml) the Maven project's own. Its warnings go to standard error, once each.
     */
    AutogenConfig config() {
        AutogenConfig config = AutogenConfig.load(configFile(), environment);
        for (String warning : ConfigWarnings.of(config)) {
            if (warned.add(warning)) {
                err.println("warning: " + warning);
                err.flush();
            }
        }
        if (options.classpath != null) {
            return config.withClasspath(Stream.of(options.classpath.split(File.pathSeparator))
                    .filter(entry -> !entry.isBlank()).map(entry -> directory.resolve(entry).normalize()).toList());
        }
        return MavenClasspath.applyTo(config);
    }

    /**
     * The project, with the database chosen by --url, then AUTOGEN_DATABASE_URL, then the file; the
     * first of them given decides, and given empty is an error.
     */
    Project project() {
        return new Project(config(), Project.urlOverride("--url", options.url, environment));
    }

    /** A path as the user should read it: relative to where they are when possible. */
    String show(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(directory.toAbsolutePath()) ? directory.toAbsolutePath().relativize(abs).toString()
                : abs.toString();
    }
}
