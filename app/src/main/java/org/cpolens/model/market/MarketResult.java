package org.cpolens.model.market;

import java.util.List;
import org.cpolens.model.eval.OpticsLayer;

/**
 * A market run: the deterministic projection with Monte Carlo bands per year, per layer and per
 * platform; each forecast against the bottom-up of its scope; the bridge from the single-fabric figure;
 * the hindcast of pluggable module demand; the conflicting readings' impact and the tornado for
 * {@code focusYear}.
 *
 * @param focusYear the year the bridge, sensitivity and key figures speak about (2030 when modelled,
 *                  else the last year)
 */
public record MarketResult(MarketInputs inputs, long seed, int trials, List<YearResult> years,
                           List<LayerYear> layers, List<PlatformLayerYear> platformLayers,
                           List<Reconciliation> reconciliation, List<BridgeStep> bridge, List<HindcastRow> hindcast,
                           List<ReadingImpact> readings, int focusYear, List<SensitivityRow> sensitivity) {
    public MarketResult {
        years = List.copyOf(years);
        layers = List.copyOf(layers);
        platformLayers = List.copyOf(platformLayers);
        reconciliation = List.copyOf(reconciliation);
        bridge = List.copyOf(bridge);
        hindcast = List.copyOf(hindcast);
        readings = List.copyOf(readings);
        sensitivity = List.copyOf(sensitivity);
    }

    public YearResult year(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("year " + year + " is not modelled"));
    }

    public LayerYear layer(int year, OpticsLayer layer) {
        return layers.stream().filter(l -> l.year() == year && l.layer() == layer).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(layer.word() + " " + year + " is not modelled"));
    }

    public ValueScope headline() {
        return inputs.settings().headline();
    }
}
