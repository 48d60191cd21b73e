package org.cpolens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cpolens.model.eval.OpticsLayer;
import org.cpolens.model.market.ForecastScope;
import org.cpolens.model.market.MarketResult;
import org.cpolens.model.market.ValueScope;
import org.cpolens.model.market.Metric;
import org.cpolens.model.market.TopDownSource;
import org.cpolens.model.units.Units;
import org.cpolens.report.KeyFigures.Better;
import org.cpolens.report.KeyFigures.KeyFigure;
import org.cpolens.report.KeyFigures.Reference;
import org.cpolens.report.KeyFigures.Role;

/**
 * What the first page takes from the market run: this model's P50 revenue in the focus year,
 * against the range of the published forecasts of the same scope (revenue in the headline's value
 * scope over every optical layer: forecasts that add NPO, leave a layer out, or count ports, are
 * another scope and stay out).
 */
final class MarketTakeaways {
    private MarketTakeaways() {
    }

    /**
     * A forecast of the scope the headline P50 estimates: revenue in the headline's value scope,
     * every optical layer, without NPO.
     */
    static boolean sameScope(TopDownSource s, ValueScope headline) {
        ForecastScope f = s.scope();
        return s.metric() == Metric.REVENUE_USD && f.value() == headline && !f.npo()
                && f.layers().size() == OpticsLayer.values().length;
    }

    static List<KeyFigure> of(MarketResult m) {
        int year = m.focusYear();
        double p50 = Units.millionsUsd(m.year(year).p50());
        TopDownSource low = null;
        TopDownSource high = null;
        for (TopDownSource s : m.inputs().sources()) {
            double v = s.valueAt(year);
            if (!sameScope(s, m.headline()) || Double.isNaN(v)) {
                continue;
            }
            if (low == null || v < low.valueAt(year)) {
                low = s;
            }
            if (high == null || v > high.valueAt(year)) {
                high = s;
            }
        }
        KeyFigure f = new KeyFigure("cpoMarketP50Musd",
                Text.of(String.format(Locale.ROOT, "CPO revenue %d, P50 of this model", year),
                        String.format(Locale.ROOT, "%d 年 CPO 營收（本模型 P50）", year)),
                p50, "MUSD", Text.of(String.format(Locale.ROOT, "model output (market, seed %d, %,d trials); published range: "
                        + "forecasts of CPO revenue alone in %d", m.seed(), m.trials(), year),
                        String.format(Locale.ROOT, "模型計算（市場模型，亂數種子 %d，%,d 次試驗）；公開區間：僅計 CPO 營收的 %d 年預測",
                                m.seed(), m.trials(), year)), "computed");
        if (low == null) {
            return List.of(f);
        }
        List<Reference> refs = new ArrayList<>();
        refs.add(new Reference(Role.RANGE_LOW, Text.same(low.name()), Units.millionsUsd(low.valueAt(year))));
        refs.add(new Reference(Role.RANGE_HIGH, Text.same(high.name()), Units.millionsUsd(high.valueAt(year))));
        return List.of(f.against(Better.NONE, refs));
    }
}
