package org.cpolens.io.revenue;

import java.util.Arrays;
import java.util.List;

/** The two exchanges' open-data endpoints for the latest monthly revenue table. */
public enum Market {
    /** TWSE listed companies (上市). */
    LISTED("listed", "https://openapi.twse.com.tw/v1/opendata", "t187ap05_L"),
    /** TPEx OTC companies (上櫃). */
    OTC("otc", "https://www.tpex.org.tw/openapi/v1", "mopsfin_t187ap05_O");

    private final String word;
    private final String defaultBaseUrl;
    private final String endpoint;

    Market(String word, String defaultBaseUrl, String endpoint) {
        this.word = word;
        this.defaultBaseUrl = defaultBaseUrl;
        this.endpoint = endpoint;
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
