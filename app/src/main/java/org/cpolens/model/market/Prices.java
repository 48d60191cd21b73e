package org.cpolens.model.market;

import java.util.Objects;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Figure;

/**
 * What a CPO port is worth, per value scope: optical engines priced per Gb/s (with learning), external
 * laser source modules per module (falling at the engines' rate), and the system vendor's gross
 * margin that turns optics bought at component prices into the whole CPO system premium.
 *
 * @param engine          US$ per Gb/s of optical engine; its annual decline counts from {@code baseYear}
 * @param baseYear        the year of the engine curve's initial price
 * @param laserModuleUsd  US$ per external laser source module in the first modelled year
 * @param systemGrossMargin the system vendor's gross margin on the optics it integrates, 0..0.95
 */
public record Prices(PriceCurve engine, int baseYear, Figure laserModuleUsd, Figure systemGrossMargin) {
    /** A sampled margin is capped here so the system premium stays finite. */
    public static final double MAX_MARGIN = 0.95;

    public Prices {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(laserModuleUsd, "laserModuleUsd");
        Objects.requireNonNull(systemGrossMargin, "systemGrossMargin");
        if (!(laserModuleUsd.value() >= 0) || Double.isInfinite(laserModuleUsd.value())) {
            throw InputException.field("market.price.laserModuleUsd", laserModuleUsd.value(), "must not be negative",
                    "US$ per external laser source module");
        }
        double m = systemGrossMargin.value();
        if (!(m >= 0) || !(m < MAX_MARGIN)) {
            throw InputException.field("market.price.systemGrossMargin", m, "must be at least 0 and below " + MAX_MARGIN,
                    "0.5 means the system sells its optics at twice their component price");
        }
    }

    /** US$ per Gb/s of engine in {@code year}. */
    public double engineUsdPerGbps(int year, double cumulativeGbpsBefore, double rateFactor) {
        return engine.usd(year - baseYear, cumulativeGbpsBefore, rateFactor);
    }

    /** System value = optics / (1 - margin); the margin capped at {@link #MAX_MARGIN}. */
    public static double systemValue(double optics, double margin) {
        return optics / (1 - Math.min(Math.max(margin, 0), MAX_MARGIN));
    }

    public Prices withEngine(PriceCurve c) {
        return new Prices(c, baseYear, laserModuleUsd, systemGrossMargin);
    }
}
