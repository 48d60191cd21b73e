package org.cpolens.model.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.fabric.Fabric;

/**
 * One-at-a-time sensitivity of the cluster saving: each figure of the baseline and of one compared
 * architecture is moved down and up by a fraction (e.g. 0.2 for +/-20%) while every other input
 * stays put, and the saving is recomputed on the same fabric.
 *
 * <p>Two savings are reported because they answer different questions: the saved network power in
 * kW moves only with the figures that differ between the two architectures (switch-side watts: the
 * host side keeps the baseline's modules), while the saved share of the baseline's network power
 * also moves with what the saving is divided by (host-side watts, switch power before optics).
 */
public final class Sensitivity {
    private Sensitivity() {
    }

    /**
     * The saving of {@code target} against the baseline at one setting of the inputs.
     *
     * @param savedKw      baseline network power minus the target's, kW
     * @param savedPercent that saving as a percent of the baseline's network power
     */
    public record Saving(double savedKw, double savedPercent) {
        static Saving of(Evaluation e, String targetId) {
            ArchitectureResult base = e.baseline();
            ArchitectureResult t = e.architecture(targetId).orElseThrow();
            double kw = base.networkPowerKw() - t.networkPowerKw();
            return new Saving(kw, base.networkPowerKw() == 0 ? 0 : 100.0 * kw / base.networkPowerKw());
        }
    }

    /**
     * One input's swing.
     *
     * @param architectureId whose figure moved
     * @param figure         figure name, as in the catalog (e.g. switchPortWatts)
     * @param unit           the figure's unit
     * @param baseValue      the figure's value in the scenario
     * @param low            saving with the figure at (1 - fraction) x baseValue
     * @param high           saving with the figure at (1 + fraction) x baseValue
     */
    public record Swing(String architectureId, String figure, String unit, double baseValue, Saving low, Saving high) {
        /** Width of the swing in kW; 0 when the figure does not move the saving. */
        public double widthKw() {
            return Math.abs(high.savedKw() - low.savedKw());
        }

        public double widthPercent() {
            return Math.abs(high.savedPercent() - low.savedPercent());
        }
    }

    /**
     * @param base     the evaluation at the scenario's own inputs
     * @param targetId the architecture compared with the baseline (the scenario's CPO)
     * @param fraction relative move, 0 &lt; fraction &lt; 1
     * @param baseSaving the saving at the scenario's own inputs
     * @param swings   every perturbed figure, widest kW swing first (ties: widest percent swing,
     *                 then the scenario's order)
     */
    public record Result(String targetId, double fraction, Saving baseSaving, List<Swing> swings) {
        public Result {
            swings = List.copyOf(swings);
        }
    }

    /** Perturbs every figure of the baseline and of {@code targetId}, one at a time. */
    public static Result oneAtATime(InterconnectEvaluator evaluator, Evaluation base, String targetId, double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1), got " + fraction);
        }
        Interconnect s = base.interconnect();
        Fabric fabric = base.fabric();
        if (base.architecture(targetId).isEmpty()) {
            throw new IllegalArgumentException("no architecture " + targetId + " in scenario " + s.name());
        }
        List<Integer> moved = new ArrayList<>();
        moved.add(0);
        for (int i = 1; i < s.architectures().size(); i++) {
            if (s.architectures().get(i).id().equals(targetId)) {
                moved.add(i);
            }
        }
        List<Swing> swings = new ArrayList<>();
        for (int index : moved) {
            OpticsArchitecture a = s.architectures().get(index);
            for (ArchitectureFigure figure : ArchitectureFigure.values()) {
                Figure f = a.figure(figure);
                Saving low = Saving.of(evaluator.evaluate(with(s, index, figure, f.value() * (1 - fraction)), fabric), targetId);
                Saving high = Saving.of(evaluator.evaluate(with(s, index, figure, f.value() * (1 + fraction)), fabric), targetId);
                swings.add(new Swing(a.id(), figure.key(), f.unit(), f.value(), low, high));
            }
        }
        List<Swing> sorted = new ArrayList<>(swings);
        sorted.sort(Comparator.comparingDouble(Swing::widthKw).reversed()
                .thenComparing(Comparator.comparingDouble(Swing::widthPercent).reversed()));
        return new Result(targetId, fraction, Saving.of(base, targetId), sorted);
    }

    /** The scenario with one figure of one architecture set to {@code value}. */
    static Interconnect with(Interconnect s, int index, ArchitectureFigure figure, double value) {
        List<OpticsArchitecture> archs = new ArrayList<>(s.architectures());
        OpticsArchitecture a = archs.get(index);
        archs.set(index, a.with(figure, a.figure(figure).withValue(value)));
        return s.withArchitectures(archs);
    }
}
