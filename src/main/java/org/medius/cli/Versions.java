package org.medius.cli;

import picocli.CommandLine.IVersionProvider;

/** Software version from the jar manifest (or "development" when run from classes). */
final class Versions implements IVersionProvider {
    static String medius() {
        String v = Versions.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Medius " + medius(), "Java " + System.getProperty("java.version")};
    }
}
