package org.cpolens.report;

/**
 * Where a report's numbers come from, printed on its first page and in summary.json; nothing here
 * comes from the clock, so the same inputs give the same bytes.
 *
 * @param asOf          the newest date the report's sources cite (yyyy-mm or yyyy-mm-dd), or "" when none does
 * @param toolVersion   the CPO Lens version that ran
 * @param catalogDigest SHA-256 (hex) of the catalog files the run read, or "" when not given
 * @param seed          the seed of every random draw
 */
public record Provenance(String asOf, String toolVersion, String catalogDigest, long seed) {
    public Provenance {
        asOf = asOf == null ? "" : asOf;
        toolVersion = toolVersion == null ? "" : toolVersion;
        catalogDigest = catalogDigest == null ? "" : catalogDigest;
    }

    /** The first 12 hex digits, as the page shows the digest. */
    public String shortDigest() {
        return catalogDigest.length() > 12 ? catalogDigest.substring(0, 12) : catalogDigest;
    }
}
