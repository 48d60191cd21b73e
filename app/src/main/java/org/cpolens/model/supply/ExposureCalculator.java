package org.cpolens.model.supply;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.units.Units;

/**
 * Units and revenue at stake per company under unit demands, and the published exposure
 * figures, derived both ways.
 *
 * <p>Units of a component are split equally among its qualified suppliers (all of its suppliers
 * when none is qualified yet): an assumption, since no source gives market shares. Revenue at
 * stake sums across layers double-count (a switch's price contains its engines).
 */
public final class ExposureCalculator {
    /** Derived and given figures may differ by this much before {@code consistent} is false. */
    static final double CONSISTENCY_TOLERANCE = 0.01;

    private ExposureCalculator() {
    }

    public static ExposureResult compute(SupplyChain chain, ComponentDemand... demands) {
        return compute(chain, Arrays.asList(demands));
    }

    public static ExposureResult compute(SupplyChain chain, List<ComponentDemand> demands) {
        List<ReportedExposure> reported = reported(chain);
        List<CompanyExposure> rows = new ArrayList<>();
        for (ComponentDemand d : demands) {
            for (String component : d.units().keySet()) {
                if (chain.component(component).isEmpty()) {
                    throw InputException.field("demand.units", component, "not a component of the supply catalog",
                            "use one of " + String.join(", ", Component.VOCABULARY));
                }
            }
            for (Component c : chain.components()) {
                if (!d.units().containsKey(c.id())) {
                    continue;
                }
                double units = d.unitsOf(c.id());
                List<Supplier> all = chain.suppliersOf(c.id());
                long qualified = all.stream().filter(s -> s.role().qualified()).count();
                for (Supplier s : all) {
                    boolean inPool = qualified == 0 || s.role().qualified();
                    double share = inPool ? 1.0 / (qualified == 0 ? all.size() : qualified) : 0.0;
                    double myUnits = units * share;
                    Optional<Figure> price = c.priceUsd();
                    OptionalDouble revenue = price.isPresent() ? OptionalDouble.of(myUnits * price.get().value())
                            : OptionalDouble.empty();
                    OptionalDouble shareOfRevenue = OptionalDouble.empty();
                    OptionalInt revenueYear = OptionalInt.empty();
                    Optional<ReportedExposure> total = latestTotal(reported, s.company().id(), d.year());
                    if (revenue.isPresent() && total.isPresent()) {
                        ReportedExposure t = total.get();
                        double atStake = "TWD".equals(t.currency())
                                ? Units.twdFromUsd(revenue.getAsDouble(), chain.twdPerUsd().value())
                                : revenue.getAsDouble();
                        shareOfRevenue = OptionalDouble.of(atStake / t.totalRevenue().getAsDouble());
                        revenueYear = t.year();
                    }
                    rows.add(new CompanyExposure(s.company().id(), d.year(), c.id(), s.role().qualified(), share,
                            myUnits, price, revenue, shareOfRevenue, revenueYear));
                }
            }
        }
        return new ExposureResult(demands, rows, reported);
    }

    /** The latest year up to {@code year} with a known total revenue, else the latest known. */
    private static Optional<ReportedExposure> latestTotal(List<ReportedExposure> reported, String companyId, int year) {
        ReportedExposure best = null;
        for (ReportedExposure r : reported) {
            if (!r.companyId().equals(companyId) || r.totalRevenue().isEmpty() || r.year().isEmpty()) {
                continue;
            }
            int y = r.year().getAsInt();
            if (best == null) {
                best = r;
                continue;
            }
            int b = best.year().getAsInt();
            boolean better = (y <= year && (b > year || y > b)) || (y > year && b > year && y < b);
            if (better) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every company's published exposure figures, each completed where two of three are known. */
    public static List<ReportedExposure> reported(SupplyChain chain) {
        List<ReportedExposure> out = new ArrayList<>();
        for (Company c : chain.companies()) {
            for (Exposure e : c.exposures()) {
                out.add(derive(c.id(), e));
            }
        }
        return out;
    }

    /**
     * Completes one exposure figure: segment = share x total, so any two give the third.
     * Example (聯亞 2025, Goldman via the seed): NT$2.8B / 0.81 = NT$3.457B total revenue.
     */
    public static ReportedExposure derive(String companyId, Exposure e) {
        OptionalDouble seg = value(e.segmentRevenue());
        OptionalDouble total = value(e.totalRevenue());
        OptionalDouble share = value(e.shareOfRevenue());
        String segStatus = status(e.segmentRevenue());
        String totalStatus = status(e.totalRevenue());
        String shareStatus = status(e.shareOfRevenue());
        String currency = e.segmentRevenue().or(e::totalRevenue).map(Figure::unit).orElse("");
        String derivation = "";
        boolean consistent = true;
        if (seg.isPresent() && share.isPresent() && total.isEmpty()) {
            total = OptionalDouble.of(seg.getAsDouble() / share.getAsDouble());
            totalStatus = Status.RECONSTRUCTED.word();
            derivation = "total revenue = segment revenue / share = " + num(seg.getAsDouble()) + " / "
                    + num(share.getAsDouble()) + " = " + num(total.getAsDouble());
        } else if (seg.isPresent() && total.isPresent() && share.isEmpty()) {
            share = OptionalDouble.of(seg.getAsDouble() / total.getAsDouble());
            shareStatus = Status.RECONSTRUCTED.word();
            derivation = "share = segment revenue / total revenue = " + num(seg.getAsDouble()) + " / "
                    + num(total.getAsDouble()) + " = " + num(share.getAsDouble());
        } else if (share.isPresent() && total.isPresent() && seg.isEmpty()) {
            seg = OptionalDouble.of(share.getAsDouble() * total.getAsDouble());
            segStatus = Status.RECONSTRUCTED.word();
            derivation = "segment revenue = share x total revenue = " + num(share.getAsDouble()) + " x "
                    + num(total.getAsDouble()) + " = " + num(seg.getAsDouble());
        } else if (seg.isPresent() && share.isPresent()) {
            double implied = seg.getAsDouble() / total.getAsDouble();
            consistent = Math.abs(implied - share.getAsDouble()) <= CONSISTENCY_TOLERANCE * share.getAsDouble();
            derivation = "check: segment / total = " + num(implied) + (consistent ? " matches " : " does NOT match ")
                    + "the given share " + num(share.getAsDouble());
        }
        String source = e.shareOfRevenue().or(e::segmentRevenue).or(e::totalRevenue).or(e::shareOfProducts)
                .map(Figure::source).orElse("");
        return new ReportedExposure(companyId, e.year(), e.segment(), seg, total, share, value(e.shareOfProducts()),
                currency, segStatus, totalStatus, shareStatus, source, derivation, consistent);
    }

    private static OptionalDouble value(Optional<Figure> f) {
        return f.isPresent() ? OptionalDouble.of(f.get().value()) : OptionalDouble.empty();
    }

    private static String status(Optional<Figure> f) {
        return f.map(x -> x.status().word()).orElse("");
    }

    private static String num(double v) {
        if (Math.abs(v) >= 1e6) {
            return String.format(java.util.Locale.ROOT, "%.4g", v);
        }
        return String.format(java.util.Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
