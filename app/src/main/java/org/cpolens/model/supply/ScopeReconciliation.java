package org.cpolens.model.supply;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.market.ValueScope;

/**
 * The supply chain's revenue at stake set against the market's value scopes, in the market's focus
 * year: both count the same units (the market's CPO units go through the supply catalog's demand rules),
 * so any gap is price, and what is summed. A scope counts the components whose price contains the
 * rest (an engine's price holds its PIC, FAU and packaging), never the parts again: summing revenue at
 * stake over every component double-counts, and that sum is shown apart.
 *
 * @param doubleCountedUsd revenue at stake summed over every component with a price (what the supply
 *                         table's rows add up to; not a market figure)
 */
public record ScopeReconciliation(int year, List<Row> scopes, List<CompanyRow> companies, double doubleCountedUsd) {
    /**
     * One value scope: the market's value and the supply catalog's revenue at stake on the components
     * that scope counts, at the catalog's unit prices.
     *
     * @param likeForLike false when the components do not cover the scope (the catalog's CPO switch price
     *                    holds the switch ASIC and covers the switch layer only)
     */
    public record Row(ValueScope scope, double marketUsd, double supplyUsd, List<String> components,
                      boolean likeForLike) {
        public Row {
            components = List.copyOf(components);
        }

        public double ratio() {
            return marketUsd > 0 ? supplyUsd / marketUsd : Double.NaN;
        }
    }

    /** A company's revenue at stake on a scope's components, and its share of the market's value of that scope. */
    public record CompanyRow(String companyId, ValueScope scope, double revenueUsd, double shareOfMarket) {
    }

    public ScopeReconciliation {
        scopes = List.copyOf(scopes);
        companies = List.copyOf(companies);
    }

    /** The components each market scope counts (top level: their inputs are inside their price). */
    public static final Map<ValueScope, List<String>> COMPONENTS = components();

    private static Map<ValueScope, List<String>> components() {
        Map<ValueScope, List<String>> m = new EnumMap<>(ValueScope.class);
        m.put(ValueScope.ENGINES, List.of("optical-engine"));
        m.put(ValueScope.OPTICS, List.of("optical-engine", "external-laser-source"));
        m.put(ValueScope.SYSTEM, List.of("cpo-switch-system"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The reconciliation in the market's focus year; empty when the exposure has no row that year. */
    public static Optional<ScopeReconciliation> of(ExposureResult x, MarketResult market) {
        int year = market.focusYear();
        if (x.rows().stream().noneMatch(r -> r.year() == year)) {
            return Optional.empty();
        }
        double all = 0;
        for (CompanyExposure r : x.rows()) {
            if (r.year() == year && r.revenueUsd().isPresent()) {
                all += r.revenueUsd().getAsDouble();
            }
        }
        List<Row> rows = new ArrayList<>();
        List<CompanyRow> companies = new ArrayList<>();
        for (ValueScope s : ValueScope.values()) {
            List<String> comps = COMPONENTS.get(s);
            double value = market.year(year).revenueUsd(s);
            double supply = 0;
            Map<String, Double> byCompany = new LinkedHashMap<>();
            for (CompanyExposure r : x.rows()) {
                if (r.year() == year && comps.contains(r.component()) && r.revenueUsd().isPresent()) {
                    supply += r.revenueUsd().getAsDouble();
                    byCompany.merge(r.companyId(), r.revenueUsd().getAsDouble(), Double::sum);
                }
            }
            rows.add(new Row(s, value, supply, comps, s != ValueScope.SYSTEM));
            byCompany.forEach((c, v) -> companies.add(new CompanyRow(c, s, v, value > 0 ? v / value : Double.NaN)));
        }
        return Optional.of(new ScopeReconciliation(year, rows, companies, all));
    }
}
