package org.cpolens.model.eval;

import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.OpticsArchitecture;

/**
 * The counts and watts of a scale-up layer for a number of accelerators, by the same per-line rules
 * as the switch side ({@link DesignKernel#engines}, {@link DesignKernel#laserModules}...). It does not
 * depend on the scale-out architecture compared, so the evaluator and the sweep compute it once per
 * cluster and add it to every design.
 *
 * @param acceleratorEnds optical ends on accelerators
 * @param switchEnds      optical ends on scale-up switches (0 without a switch)
 * @param opticalLinks    optical links (fiber pairs)
 * @param copperLinks     copper links carrying the rest of the scale-up bandwidth
 * @param switches        scale-up switches, whole per domain
 * @param switchW         those switches' power before optics
 */
public record ScaleUpLayer(long accelerators, long acceleratorEnds, long switchEnds, long opticalLinks, long copperLinks,
                           long switches, double switchW, BomLine acceleratorLine, BomLine switchLine) {

    /** Values the evaluation kernel takes per cluster (see {@link DesignKernel#evaluate}). */
    public static final int ENDS = 0;
    public static final int OPTICS_W = 1;
    public static final int ENGINES = 2;
    public static final int LASERS = 3;
    public static final int LASER_MODULES = 4;
    public static final int FAUS = 5;
    public static final int LASER_W = 6;
    public static final int CAPEX_USD = 7;
    public static final int SWITCH_W = 8;
    public static final int VALUES = 9;

    /** No scale-up optics: a cluster without a scale-up section, or an all-copper one. */
    public static void none(double[] out, int at) {
        java.util.Arrays.fill(out, at, at + VALUES, 0);
    }

    public static ScaleUpLayer of(ScaleUpSpec s, long accelerators) {
        OpticsArchitecture a = s.architecture();
        double port = a.portGbps();
        long accEnds = s.opticalPorts(accelerators);
        long copperEnds = s.copperPorts(accelerators);
        boolean switched = s.switched();
        long switchEnds = switched ? accEnds : 0;
        long opticalLinks = switched ? accEnds : accEnds / 2;
        long copperLinks = switched ? copperEnds : copperEnds / 2;
        long switches = 0;
        double switchW = 0;
        if (s.switchSystem().isPresent()) {
            var sw = s.switchSystem().get();
            double switchGbps = sw.radix() * sw.portGbps();
            long domains = (accelerators + s.domainSize() - 1) / s.domainSize();
            long perDomain = (long) Math.ceil(s.domainSize() * s.gbpsPerAccelerator() / switchGbps - 1e-9);
            switches = domains * perDomain;
            switchW = switches * sw.basePowerW().value();
        }
        return new ScaleUpLayer(accelerators, accEnds, switchEnds, opticalLinks, copperLinks, switches, switchW,
                line("accelerator", a, port, accEnds), line("switch", a, port, switchEnds));
    }

    private static BomLine line(String tier, OpticsArchitecture a, double port, long ends) {
        double engines = DesignKernel.engines(ends, port, a.value(ArchitectureFigure.ENGINE_GBPS));
        return new BomLine(OpticsLayer.SCALE_UP, tier, a.id(), a.hotSwappable(), ends, engines,
                DesignKernel.lasers(ends, a.value(ArchitectureFigure.LASERS_PER_PORT)),
                DesignKernel.laserModules(ends, a.value(ArchitectureFigure.PORTS_PER_LASER_MODULE)),
                DesignKernel.faus(engines, a.value(ArchitectureFigure.FAUS_PER_ENGINE)),
                ends * a.value(ArchitectureFigure.SWITCH_PORT_WATTS),
                ends * a.value(ArchitectureFigure.LASER_WATTS_PER_PORT),
                ends * a.value(ArchitectureFigure.COST_PER_PORT_USD));
    }

    /** Writes the kernel's per-cluster scale-up values at {@code out[at ..]}. */
    public void values(double[] out, int at) {
        out[at + ENDS] = acceleratorEnds + switchEnds;
        out[at + OPTICS_W] = acceleratorLine.opticsW() + switchLine.opticsW();
        out[at + ENGINES] = acceleratorLine.engines() + switchLine.engines();
        out[at + LASERS] = acceleratorLine.lasers() + switchLine.lasers();
        out[at + LASER_MODULES] = acceleratorLine.laserModules() + switchLine.laserModules();
        out[at + FAUS] = acceleratorLine.faus() + switchLine.faus();
        out[at + LASER_W] = acceleratorLine.laserW() + switchLine.laserW();
        out[at + CAPEX_USD] = acceleratorLine.capexUsd() + switchLine.capexUsd();
        out[at + SWITCH_W] = switchW;
    }
}
