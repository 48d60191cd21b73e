package org.cpolens.io.revenue;

import java.util.Arrays;
import java.util.List;

/**
 * The two markets: their open-data endpoints for the latest monthly revenue table, and their folder
 * in MOPS's archive of one CSV per month.
 */
public enum Market {
    /** TWSE listed companies (上市). */
    LISTED("listed", "https://openapi.twse.com.tw/v1/opendata", "t187ap05_L", "sii"),
    /** TPEx OTC companies (上櫃). */
    OTC("otc", "https://www.tpex.org.tw/openapi/v1", "mopsfin_t187ap05_O", "otc");

    private final String word;
    private final String defaultBaseUrl;
    private final String endpoint;
    private final String mopsFolder;

    Market(String word, String defaultBaseUrl, String endpoint, String mopsFolder) {
        this.word = word;
        this.defaultBaseUrl = defaultBaseUrl;
        this.endpoint = endpoint;
        this.mopsFolder = mopsFolder;
    }

    /** The folder of MOPS's monthly CSV archive for this market: {@code sii} (listed) or {@code otc}. */
    public String mopsFolder() {
        return mopsFolder;
    }

    public String word() {
        return word;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /** The last path segment, appended to the base URL. */
    public String endpoint() {
        return endpoint;
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Market::word).toList();
    }
}
