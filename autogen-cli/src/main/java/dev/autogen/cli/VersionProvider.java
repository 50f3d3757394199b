package dev.autogen.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = AutogenCommand.class.getPackage().getImplementationVersion();
        return new String[] {"autogen " + (version == null ? "development" : version)};
    }
}
