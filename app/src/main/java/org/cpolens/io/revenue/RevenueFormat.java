package org.cpolens.io.revenue;

/** The two shapes of the same monthly revenue table. */
public enum RevenueFormat {
    /** MOPS / TWSE download: quoted CSV, UTF-8 with BOM, ROC dates "113/02/07" and "112/12". */
    MOPS_CSV("mops-csv"),
    /** TWSE t187ap05_L / TPEx mopsfin_t187ap05_O: JSON array of objects, ROC dates "1150811" and "11507". */
    OPENAPI_JSON("openapi-json");

    private final String word;

    RevenueFormat(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
