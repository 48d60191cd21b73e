package org.cpolens.model.sweep;

import java.util.ArrayList;
import java.util.List;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.eval.DesignKernel;
import org.cpolens.model.tco.TcoKernel;

/**
 * "Where CPO wins": a two-axis slice of a sweep, cluster size (x) against one CPO figure (y), every
 * other axis held at one value. Each cell gives CPO's network-power and optics-capex advantage over
 * the best non-CPO architecture of that cell, in percent of the latter (positive: CPO wins), and the
 * architecture with the lowest power and capex. Each column also gives the exact break-even: the
 * CPO switch-side watts (and price) per port at which CPO ties the best other choice. Network power
 * is linear in the watts per port (capex in the price), so with S the CPO's switch-side optics watts
 * and d the best other's network watts minus CPO's, the tie is at {@code w x (S + d) / S}, as in
 * {@link org.cpolens.model.sweep.SweepTally}; it does not depend on the row it is computed from.
 *
 * <p>Pure: takes a built {@link SweepPlan} and runs {@link SweepEngine} on it. Lists run over the
 * endpoints (x); {@code null} marks a cluster size the switch cannot build.
 *
 * @param values            the swept figure's values (y)
 * @param powerAdvantage    [y][x] CPO's network-power advantage over the best other, percent
 * @param capexAdvantage    [y][x] the same for optics capex
 * @param powerWinner       [y][x] index into {@code architectures} of the lowest-power design
 * @param capexWinner       [y][x] the same for capex
 * @param wattsBreakEven    per x: CPO watts per port that tie the best other
 * @param priceBreakEven    per x: CPO US$ per port that tie the best other
 * @param buildableColumns  cluster sizes the switch can build
 * @param tcoAdvantage      [y][x] CPO's cost-of-ownership advantage over the best other (TCO), percent;
 *                          null cells when the grid does not price rows
 * @param tcoWinner         [y][x] index into {@code architectures} of the lowest-TCO design
 * @param bestOtherTco      per x: the non-CPO architecture with the lowest TCO
 * @param tcoPriceBreakEven per x: CPO US$ per port at which its TCO ties the best other's
 * @param tcoWattsBreakEven per x: CPO watts per port at which its TCO ties the best other's
 */
public record SweepMap(String switchId, int radix, double endpointGbps, int tiersAsked, double oversubscription,
                       String hostLink, List<String> architectures, String cpo, double cpoPortGbps, String figure,
                       String unit, double catalogValue, long[] endpoints, double[] values, List<Integer> tiersUsed,
                       List<Long> switchCount, List<String> bestOtherPower, List<String> bestOtherCapex,
                       List<List<Double>> powerAdvantage, List<List<Double>> capexAdvantage,
                       List<List<Integer>> powerWinner, List<List<Integer>> capexWinner, List<Double> wattsBreakEven,
                       List<Double> priceBreakEven, long buildableColumns, String skippedExample,
                       List<List<Double>> tcoAdvantage, List<List<Integer>> tcoWinner, List<String> bestOtherTco,
                       List<Double> tcoPriceBreakEven, List<Double> tcoWattsBreakEven) {
    /** Figures the y axis may sweep: the two a break-even is exact for. */
    public static final List<String> FIGURES = List.of("switchPortWatts", "costPerPortUsd");

    /** True when the map sweeps watts per port; false for the price per port. */
    public boolean watts() {
        return figure.equals("switchPortWatts");
    }

    /**
     * The map of a plan whose grid sweeps exactly one figure ({@link #FIGURES}) of one CPO
     * architecture and holds one value on every axis but endpoints.
     *
     * @throws InputException naming the axis when the grid does not have that shape
     */
    public static SweepMap of(SweepPlan plan) {
        SweepGrid g = plan.grid();
        if (g.figures().size() != 1) {
            throw InputException.field("figures", g.figures().size() + " swept figures", "a map sweeps exactly one figure",
                    "sweep one CPO architecture's switchPortWatts or costPerPortUsd");
        }
        FigureAxis axis = g.figures().get(0);
        int cpo = indexOf(g.architectures(), axis.target());
        if (cpo < 0 || !plan.isCpo(cpo)) {
            throw InputException.field("figures", axis.column(), "the swept figure must belong to a CPO architecture of the grid",
                    "e.g. cpo-bailly-800g.switchPortWatts");
        }
        if (!FIGURES.contains(axis.figure())) {
            throw InputException.field("figures", axis.column(), "a map sweeps switchPortWatts or costPerPortUsd",
                    "those are the figures a break-even is exact for");
        }
        single("endpointGbps", Math.max(1, g.endpointGbps().length));
        single("switch", g.switches().size());
        single("tiers", g.tiers().length);
        single("oversubscription", g.oversubscription().length);
        single("hostLink", g.hostLinks().size());
        int archs = plan.architectureCount();
        boolean anyOther = false;
        for (int a = 0; a < archs; a++) {
            anyOther |= !plan.isCpo(a);
        }
        if (!anyOther) {
            throw InputException.field("architectures", g.architectures().size(), "lists no non-CPO architecture to compare with",
                    "add pluggable-dsp-800g first");
        }
        boolean watts = axis.figure().equals("switchPortWatts");

        long[] xs = g.endpoints();
        double[] ys = axis.values();
        int combos = ys.length;
        // fabric of each endpoints value, or -1: feasible fabrics come in grid order
        int[] fabricOf = new int[xs.length];
        int f = 0;
        for (int x = 0; x < xs.length; x++) {
            if (f < plan.fabricCount() && plan.endpoints(f) == xs[x]) {
                fabricOf[x] = f++;
            } else {
                fabricOf[x] = -1;
            }
        }
        int groups = (int) plan.groups();
        DesignBlock block = new DesignBlock(plan, Math.max(1, groups));
        if (groups > 0) {
            SweepEngine.evaluate(plan, 0, groups, block);
        }

        List<List<Double>> power = rows(ys.length);
        List<List<Double>> capex = rows(ys.length);
        List<List<Integer>> powerWinner = rows(ys.length);
        List<List<Integer>> capexWinner = rows(ys.length);
        List<Double> wattsBreakEven = new ArrayList<>();
        List<Double> priceBreakEven = new ArrayList<>();
        List<Integer> tiers = new ArrayList<>();
        List<Long> switches = new ArrayList<>();
        List<String> bestOtherPower = new ArrayList<>();
        List<String> bestOtherCapex = new ArrayList<>();
        List<List<Double>> tco = rows(ys.length);
        List<List<Integer>> tcoWinner = rows(ys.length);
        List<String> bestOtherTco = new ArrayList<>();
        List<Double> tcoPrice = new ArrayList<>();
        List<Double> tcoWatts = new ArrayList<>();
        for (int x = 0; x < xs.length; x++) {
            int fx = fabricOf[x];
            if (fx < 0) {
                for (int y = 0; y < ys.length; y++) {
                    power.get(y).add(null);
                    capex.get(y).add(null);
                    powerWinner.get(y).add(null);
                    capexWinner.get(y).add(null);
                    tco.get(y).add(null);
                    tcoWinner.get(y).add(null);
                }
                bestOtherTco.add(null);
                tcoPrice.add(null);
                tcoWatts.add(null);
                wattsBreakEven.add(null);
                priceBreakEven.add(null);
                tiers.add(null);
                switches.add(null);
                bestOtherPower.add(null);
                bestOtherCapex.add(null);
                continue;
            }
            tiers.add(plan.tierCount(fx));
            switches.add(plan.switchCount(fx));
            for (int y = 0; y < ys.length; y++) {
                int gi = fx * combos + y;
                Cell c = cell(plan, block, gi, cpo);
                power.get(y).add(c.powerPercent);
                capex.get(y).add(c.capexPercent);
                powerWinner.get(y).add(c.powerWinner);
                capexWinner.get(y).add(c.capexWinner);
                TcoCell t = tcoCell(plan, block, gi, cpo);
                tco.get(y).add(t == null ? null : t.percent);
                tcoWinner.get(y).add(t == null ? null : t.winner);
                if (y == 0) {
                    bestOtherTco.add(t == null ? null : g.architectures().get(t.other).id());
                    tcoPrice.add(t == null ? null : t.priceBreakEven);
                    tcoWatts.add(t == null ? null : t.wattsBreakEven);
                    wattsBreakEven.add(c.wattsBreakEven);
                    priceBreakEven.add(c.priceBreakEven);
                    bestOtherPower.add(g.architectures().get(c.otherPower).id());
                    bestOtherCapex.add(g.architectures().get(c.otherCapex).id());
                }
            }
        }

        OpticsArchitecture cpoArch = g.architectures().get(cpo);
        SwitchSystem sw = g.switches().get(0);
        List<String> ids = new ArrayList<>();
        g.architectures().forEach(a -> ids.add(a.id()));
        return new SweepMap(sw.id(), sw.radix(), g.endpointGbps().length == 0 ? sw.portGbps() : g.endpointGbps()[0],
                g.tiers()[0], g.oversubscription()[0], g.hostLinks().get(0).word(), ids, cpoArch.id(),
                cpoArch.portGbps(), axis.figure(), axis.unit(),
                cpoArch.value(watts ? ArchitectureFigure.SWITCH_PORT_WATTS : ArchitectureFigure.COST_PER_PORT_USD),
                xs, ys, tiers, switches, bestOtherPower, bestOtherCapex, power, capex, powerWinner, capexWinner,
                wattsBreakEven, priceBreakEven, plan.fabricCount(), plan.infeasibleExample(), tco, tcoWinner,
                bestOtherTco, tcoPrice, tcoWatts);
    }

    /** One group's cost of ownership: CPO's advantage over the best other, the winner, the break-evens. */
    private record TcoCell(Double percent, int winner, int other, Double priceBreakEven, Double wattsBreakEven) {
    }

    private static TcoCell tcoCell(SweepPlan plan, DesignBlock block, int group, int cpo) {
        if (block.tco == null) {
            return null;
        }
        int archs = plan.architectureCount();
        int at = group * archs;
        int winner = 0;
        int other = -1;
        for (int a = 0; a < archs; a++) {
            double v = block.tco(at + a, TcoKernel.TCO_USD);
            if (v < block.tco(at + winner, TcoKernel.TCO_USD)) {
                winner = a;
            }
            if (!plan.isCpo(a) && (other < 0 || v < block.tco(at + other, TcoKernel.TCO_USD))) {
                other = a;
            }
        }
        double mine = block.tco(at + cpo, TcoKernel.TCO_USD);
        double theirs = block.tco(at + other, TcoKernel.TCO_USD);
        return new TcoCell(theirs > 0 ? 100.0 * (theirs - mine) / theirs : null, winner, other,
                finite(block.tco(at + cpo, TcoKernel.BREAK_EVEN_USD_PER_PORT)),
                finite(block.tco(at + cpo, TcoKernel.BREAK_EVEN_WATTS_PER_PORT)));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** One group: percentages, winners (architecture indexes) and break-evens of the CPO architecture. */
    private record Cell(Double powerPercent, Double capexPercent, int powerWinner, int capexWinner, int otherPower,
                        int otherCapex, Double wattsBreakEven, Double priceBreakEven) {
    }

    private static Cell cell(SweepPlan plan, DesignBlock block, int group, int cpo) {
        int archs = plan.architectureCount();
        int at = group * archs;
        int powerBest = 0;
        int capexBest = 0;
        int otherPower = -1;
        int otherCapex = -1;
        for (int a = 0; a < archs; a++) {
            double w = block.result(at + a, DesignKernel.NETWORK_W);
            double usd = block.result(at + a, DesignKernel.CAPEX_USD);
            if (w < block.result(at + powerBest, DesignKernel.NETWORK_W)) {
                powerBest = a;
            }
            if (usd < block.result(at + capexBest, DesignKernel.CAPEX_USD)) {
                capexBest = a;
            }
            if (!plan.isCpo(a)) {
                if (otherPower < 0 || w < block.result(at + otherPower, DesignKernel.NETWORK_W)) {
                    otherPower = a;
                }
                if (otherCapex < 0 || usd < block.result(at + otherCapex, DesignKernel.CAPEX_USD)) {
                    otherCapex = a;
                }
            }
        }
        double w = block.result(at + cpo, DesignKernel.NETWORK_W);
        double usd = block.result(at + cpo, DesignKernel.CAPEX_USD);
        double otherW = block.result(at + otherPower, DesignKernel.NETWORK_W);
        double otherUsd = block.result(at + otherCapex, DesignKernel.CAPEX_USD);
        double s = block.result(at + cpo, DesignKernel.SWITCH_OPTICS_W);
        double c = block.result(at + cpo, DesignKernel.SWITCH_CAPEX_USD);
        Double watts = s > 0 ? SweepTally.breakEven(block.parameter(group, cpo, DesignKernel.P_SWITCH_PORT_W), s, w, otherW) : null;
        Double price = c > 0 ? SweepTally.breakEven(block.parameter(group, cpo, DesignKernel.P_COST_PER_PORT_USD), c, usd, otherUsd) : null;
        return new Cell(otherW > 0 ? 100.0 * (otherW - w) / otherW : null,
                otherUsd > 0 ? 100.0 * (otherUsd - usd) / otherUsd : null,
                powerBest, capexBest, otherPower, otherCapex, watts, price);
    }

    private static <T> List<List<T>> rows(int n) {
        List<List<T>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    private static void single(String axis, int size) {
        if (size != 1) {
            throw InputException.field(axis, size + " values", "a map holds every axis but endpoints at one value",
                    "give one value, or run cpolens sweep for the whole grid");
        }
    }

    private static int indexOf(List<OpticsArchitecture> archs, String id) {
        for (int i = 0; i < archs.size(); i++) {
            if (archs.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
