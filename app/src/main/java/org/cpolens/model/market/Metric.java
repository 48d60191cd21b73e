package org.cpolens.model.market;

/** What a top-down source counts: revenue in US dollars, or ports shipped per year. */
public enum Metric {
    REVENUE_USD("revenueUsd"),
    PORTS("ports");

    private final String word;

    Metric(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
