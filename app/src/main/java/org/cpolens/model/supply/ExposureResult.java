package org.cpolens.model.supply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exposure of every company under the given demands, plus the exposure figures companies or
 * brokers published.
 *
 * @param rows     one row per (year, component, supplier), years and components in input order
 * @param reported published figures, derived both ways where possible
 */
public record ExposureResult(List<ComponentDemand> demands, List<CompanyExposure> rows,
                             List<ReportedExposure> reported) {
    public ExposureResult {
        demands = List.copyOf(demands);
        rows = List.copyOf(rows);
        reported = List.copyOf(reported);
    }

    /** Revenue at stake per company and year in US$, summed over components with a price. */
    public Map<String, Map<Integer, Double>> revenueUsdByCompany() {
        Map<String, Map<Integer, Double>> out = new LinkedHashMap<>();
        for (CompanyExposure r : rows) {
            if (r.revenueUsd().isPresent()) {
                out.computeIfAbsent(r.companyId(), k -> new LinkedHashMap<>()).merge(r.year(),
                        r.revenueUsd().getAsDouble(), Double::sum);
            }
        }
        return out;
    }

    public List<CompanyExposure> rowsOf(String companyId) {
        List<CompanyExposure> out = new ArrayList<>();
        for (CompanyExposure r : rows) {
            if (r.companyId().equals(companyId)) {
                out.add(r);
            }
        }
        return out;
    }

    public List<ReportedExposure> reportedOf(String companyId) {
        return reported.stream().filter(r -> r.companyId().equals(companyId)).toList();
    }
}
