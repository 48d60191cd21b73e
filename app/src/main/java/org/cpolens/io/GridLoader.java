package org.cpolens.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.Bound;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.fabric.FabricRequest;
import org.cpolens.model.fabric.HostLink;
import org.cpolens.model.sweep.FigureAxis;
import org.cpolens.model.sweep.SweepGrid;
import org.cpolens.model.units.Numbers;

/**
 * Reads a sweep grid: a path, or the name of a bundled grid such as {@code cpo-map}.
 *
 * <p>Every axis takes one value, a list, or a range: {@code {from, to, step}} or
 * {@code {from, to, count, scale: linear|log}}. Errors name {@code file:line}, the field, the value
 * and a hint, and nothing is swept until the whole grid has been read.
 */
public final class GridLoader {
    public static final String DEFAULT_GRID = "cpo-map";
    public static final List<String> BUNDLED = List.of("cpo-map", "ten-million", "rail-planes-2026");

    public static final List<String> TOP_KEYS = List.of("name", "description", "endpoints", "endpointGbps", "switch",
            "tiers", "oversubscription", "hostLink", "planes", "architectures", "nic", "scaleUp", "figures",
            "wattsPerAccelerator", "scaleOutGbpsPerAccelerator", "ranges");
    private static final Set<String> RANGE_KEYS = Set.of("from", "to", "step", "count", "scale");
    /** Most values one axis may generate, so a typo in a step cannot exhaust memory. */
    public static final int MAX_AXIS_VALUES = 1_000_000;

    private GridLoader() {
    }

    public static SweepGrid load(String nameOrPath, Catalog catalog) {
        String arg = nameOrPath == null ? DEFAULT_GRID : nameOrPath;
        return parse(YamlDoc.readFileOrBundled(arg, "grids", "--grid", BUNDLED), catalog);
    }

    public static SweepGrid parse(YamlDoc doc, Catalog catalog) {
        Node root = doc.root().expectKeys(TOP_KEYS);
        String name = root.has("name") ? root.child("name").text() : stem(doc.name());
        String description = root.has("description") ? root.child("description").text() : "";

        Node endpointsNode = root.require("endpoints");
        long[] endpoints = integers(endpointsNode, 1, FabricRequest.MAX_ENDPOINTS);
        double[] gbps = root.has("endpointGbps") ? positives(root.child("endpointGbps")) : new double[0];

        Node switchNode = root.require("switch");
        List<SwitchSystem> switches = new ArrayList<>();
        Set<String> switchIds = new HashSet<>();
        for (Node s : listOf(switchNode)) {
            SwitchSystem sw = ScenarioLoader.switchOf(s, catalog, name);
            if (!switchIds.add(sw.id())) {
                throw s.error("listed twice", "list each switch once");
            }
            switches.add(sw);
        }

        int[] tiers = root.has("tiers") ? tiers(root.child("tiers")) : new int[] {0};
        double[] over = root.has("oversubscription") ? numbers(root.child("oversubscription")) : new double[] {1.0};
        for (double o : over) {
            if (o < 1.0) {
                throw root.child("oversubscription").error("has " + o + ", below 1.0",
                        "1.0 is non-blocking, 2.0 means 2:1 at the leaf");
            }
        }
        List<HostLink> hostLinks = new ArrayList<>();
        if (root.has("hostLink")) {
            for (Node h : listOf(root.child("hostLink"))) {
                hostLinks.add(HostLink.valueOf(h.oneOf(List.of("optical", "copper")).toUpperCase(Locale.ROOT)));
            }
            if (hostLinks.isEmpty()) {
                throw root.child("hostLink").error("the axis has no values", "e.g. [optical, copper]");
            }
        } else {
            hostLinks.add(HostLink.OPTICAL);
        }

        Node archNode = root.require("architectures");
        List<OpticsArchitecture> archs = new ArrayList<>();
        Set<String> archIds = new HashSet<>();
        for (Node a : listOf(archNode)) {
            OpticsArchitecture arch = ScenarioLoader.architectureOf(a, catalog, name);
            if (!archIds.add(arch.id())) {
                throw a.error("listed twice", "list each architecture once");
            }
            archs.add(arch);
        }
        if (!archs.isEmpty() && !archs.get(0).replacesHostSide()) {
            throw listOf(archNode).get(0).error("the first (baseline) architecture must cover host-side modules too",
                    "put a pluggable such as pluggable-dsp-800g first; CPO keeps the baseline's host side");
        }

        List<FigureAxis> figures = new ArrayList<>();
        if (root.has("figures")) {
            for (Map.Entry<String, Node> e : root.child("figures").entries().entrySet()) {
                figures.add(figureAxis(e.getKey(), e.getValue(), archs, switches));
            }
        }
        double wpa = root.has("wattsPerAccelerator") ? root.child("wattsPerAccelerator").positive() : 0;
        int[] planes = new int[] {1};
        if (root.has("planes")) {
            long[] p = integers(root.child("planes"), 1, FabricRequest.MAX_PLANES);
            planes = java.util.Arrays.stream(p).mapToInt(x -> (int) x).toArray();
        }
        double scaleOut = root.has("scaleOutGbpsPerAccelerator") ? root.child("scaleOutGbpsPerAccelerator").positive() : 0;
        java.util.Optional<OpticsArchitecture> nic = root.optional("nic").map(n -> ScenarioLoader.architectureOf(
                n.expectKeys(ScenarioLoader.NIC_KEYS).require("architecture"), catalog, name));
        java.util.Optional<org.cpolens.model.eval.ScaleUpSpec> scaleUp = root.optional("scaleUp")
                .map(n -> ScenarioLoader.scaleUpOf(n, catalog, name));
        long[] ranges = root.has("ranges") ? integers(root.child("ranges"), 1, Long.MAX_VALUE / 16) : null;
        if (ranges != null && ranges.length == 1) {
            throw root.child("ranges").error("needs at least two bounds", "e.g. [1000, 10000, 100000, 1000000]");
        }

        try {
            return new SweepGrid(name, description, endpoints, gbps, switches, tiers, over, hostLinks, archs, figures,
                    wpa, ranges, planes, scaleOut, nic, scaleUp);
        } catch (InputException e) {
            String field = e.field() == null ? "" : e.field();
            String key = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
            return rethrow(e, root.has(key) ? root.child(key).where() : doc.name());
        }
    }

    private static SweepGrid rethrow(InputException e, String where) {
        throw e.at(where);
    }

    private static FigureAxis figureAxis(String key, Node values, List<OpticsArchitecture> archs,
                                         List<SwitchSystem> switches) {
        int dot = key.lastIndexOf('.');
        List<String> targets = new ArrayList<>();
        archs.forEach(a -> targets.add(a.id()));
        switches.forEach(s -> targets.add(s.id()));
        if (dot <= 0 || dot == key.length() - 1) {
            throw new InputException(values.where(), values.path(), null, "a swept figure is named 'id.figure'",
                    "e.g. cpo-bailly-800g.switchPortWatts or tomahawk5-64x800g.basePowerW");
        }
        String target = key.substring(0, dot);
        String figure = key.substring(dot + 1);
        OpticsArchitecture arch = archs.stream().filter(a -> a.id().equals(target)).findFirst().orElse(null);
        SwitchSystem sw = switches.stream().filter(s -> s.id().equals(target)).findFirst().orElse(null);
        if (arch == null && sw == null) {
            throw new InputException(values.where(), "figures", key, "'" + target + "' is not an architecture or switch of this grid",
                    Suggest.hint(target, targets));
        }
        Figure base;
        Bound bound;
        if (arch != null) {
            ArchitectureFigure f = ArchitectureFigure.fromKey(figure).orElseThrow(() -> new InputException(values.where(),
                    "figures", key, "'" + figure + "' is not an architecture figure",
                    Suggest.hint(figure, ArchitectureFigure.keys())));
            base = arch.figure(f);
            bound = f.bound();
        } else {
            if (!SweepGrid.SWITCH_FIGURES.contains(figure)) {
                throw new InputException(values.where(), "figures", key, "'" + figure + "' is not a switch figure",
                        Suggest.hint(figure, SweepGrid.SWITCH_FIGURES));
            }
            base = sw.basePowerW();
            bound = Bound.NON_NEGATIVE;
        }
        double[] v = numbers(values);
        for (double x : v) {
            if (!bound.accepts(x)) {
                throw values.error("has " + Numbers.plain(x) + ": " + figure + " " + bound.rule(),
                        "the catalog has " + Numbers.plain(base.value()) + " " + base.unit());
            }
        }
        return new FigureAxis(target, figure, base.unit(), v);
    }

    // ---- axes

    private static List<Node> listOf(Node n) {
        if (n.json() != null && n.json().isArray()) {
            List<Node> out = n.elements();
            if (out.isEmpty()) {
                throw n.error("the axis has no values, so the grid has no designs", "give at least one value");
            }
            return out;
        }
        return List.of(n);
    }

    /** One number, a list, or a range. */
    static double[] numbers(Node n) {
        if (n.isObject()) {
            return range(n);
        }
        List<Node> items = listOf(n);
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = items.get(i).number();
        }
        return out;
    }

    private static double[] positives(Node n) {
        double[] v = numbers(n);
        for (double x : v) {
            if (!(x > 0)) {
                throw n.error("has " + x + ", not greater than zero", "e.g. [400, 800, 1600]");
            }
        }
        return v;
    }

    /** Whole numbers in [min, max]; log ranges are rounded and repeats dropped. */
    private static long[] integers(Node n, long min, long max) {
        double[] v = numbers(n);
        Set<Long> seen = new LinkedHashSet<>();
        for (double x : v) {
            long r = Math.round(x);
            if (!n.isObject() && r != x) {
                throw n.error("has " + x + ", not a whole number", null);
            }
            if (r < min || r > max) {
                throw n.error("has " + r + ", outside " + min + ".." + max, null);
            }
            seen.add(r);
        }
        return seen.stream().mapToLong(Long::longValue).toArray();
    }

    private static int[] tiers(Node n) {
        List<Node> items = n.isObject() ? null : listOf(n);
        if (items == null) {
            double[] v = range(n);
            int[] out = new int[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = tierOf(n, v[i]);
            }
            return out;
        }
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            Node t = items.get(i);
            out[i] = t.isText() && t.text().equals("auto") ? 0 : tierOf(t, t.number());
        }
        return out;
    }

    private static int tierOf(Node n, double v) {
        if (v != 1 && v != 2 && v != 3) {
            throw n.error("tiers must be 1, 2, 3 or auto", "auto takes the fewest tiers that fit");
        }
        return (int) v;
    }

    /** {@code {from, to, step}} or {@code {from, to, count, scale}}. */
    private static double[] range(Node n) {
        n.expectKeys(RANGE_KEYS);
        double from = n.require("from").number();
        double to = n.require("to").number();
        if (to < from) {
            throw n.child("to").error("is below 'from' (" + Numbers.plain(from) + ")", "swap them, or list the values");
        }
        boolean hasStep = n.has("step");
        boolean hasCount = n.has("count");
        if (hasStep == hasCount) {
            throw n.error(hasStep ? "gives both 'step' and 'count'" : "gives neither 'step' nor 'count'",
                    "{from: 4, to: 9, step: 0.5} or {from: 1024, to: 1048576, count: 21, scale: log}");
        }
        String scale = n.has("scale") ? n.child("scale").oneOf(List.of("linear", "log")) : "linear";
        if (hasStep) {
            if (scale.equals("log")) {
                throw n.child("scale").error("a log range takes 'count', not 'step'", "e.g. {from: 1024, to: 1048576, count: 21, scale: log}");
            }
            double step = n.child("step").positive();
            double steps = Math.floor((to - from) / step + 1e-9);
            if (steps + 1 > MAX_AXIS_VALUES) {
                throw n.child("step").error("gives " + (long) (steps + 1) + " values, more than " + MAX_AXIS_VALUES,
                        "use a bigger step");
            }
            double[] v = new double[(int) steps + 1];
            for (int i = 0; i < v.length; i++) {
                v[i] = cleanDecimal(from + i * step);
            }
            return v;
        }
        long count = n.child("count").positiveInteger();
        if (count > MAX_AXIS_VALUES) {
            throw n.child("count").error("more than " + MAX_AXIS_VALUES + " values on one axis", "use fewer");
        }
        if (scale.equals("log") && !(from > 0)) {
            throw n.child("from").error("a log range must start above zero", null);
        }
        double[] v = new double[(int) count];
        for (int i = 0; i < v.length; i++) {
            double t = count == 1 ? 0 : (double) i / (count - 1);
            v[i] = scale.equals("log") ? from * Math.pow(to / from, t) : from + t * (to - from);
            v[i] = i == v.length - 1 && count > 1 ? to : cleanDecimal(v[i]);
        }
        return v;
    }

    /** 4.1000000000000005 -> 4.1: steps add binary rounding noise users would see in every row. */
    private static double cleanDecimal(double v) {
        double r = Math.round(v * 1e9) / 1e9;
        return Math.abs(r - v) < 1e-9 * Math.max(1, Math.abs(v)) ? r : v;
    }

    /** "grids/my-grid.yaml" -> "my-grid": the default name, and so the default output file. */
    private static String stem(String file) {
        String base = Path.of(file).getFileName().toString();
        return base.endsWith(".yaml") ? base.substring(0, base.length() - 5) : base;
    }
}
