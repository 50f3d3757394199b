package dev.autogen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code autogen --version} prints: the one Maven filtered into {@code version.properties}
 * at build time, else the jar manifest's Implementation-Version, else "development".
 */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"autogen " + version()};
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = properties.getProperty("version");
        if (version == null || version.startsWith("$")) {
            version = AutogenCommand.class.getPackage().getImplementationVersion();
        }
        return version == null ? "development" : version;
    }
}
