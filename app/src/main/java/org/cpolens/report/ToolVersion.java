package org.cpolens.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The CPO Lens version, from the resource Maven fills at build time. */
public final class ToolVersion {
    private static final String RESOURCE = "/org/cpolens/version.properties";

    private ToolVersion() {
    }

    /** e.g. "0.1.0-SNAPSHOT"; "unknown" when the resource is missing or was not filtered. */
    public static String current() {
        try (InputStream in = ToolVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").trim();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
