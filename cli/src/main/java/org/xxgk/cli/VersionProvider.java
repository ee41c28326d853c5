package org.xxgk.cli;

import picocli.CommandLine;

/** The version from the jar manifest, written there by the build. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"xxgk " + (version == null ? "(development build)" : version)};
    }
}
