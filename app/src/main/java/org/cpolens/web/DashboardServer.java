package org.cpolens.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpolens.io.Catalogs;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.io.Suggest;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.fabric.Fabric;
import org.cpolens.model.fabric.FabricBuilder;
import org.cpolens.model.fabric.FabricRequest;
import org.cpolens.model.fabric.HostLink;
import org.cpolens.report.HtmlReport;
import org.cpolens.report.InterconnectViews;
import org.cpolens.report.Json;
import org.cpolens.report.ReportBuilder;

/**
 * The dashboard server: the page, its scripts (ECharts served from the jar, no CDN) and the JSON
 * API. Every answer comes from the same engine as the CLI; the JSON of {@code /api/compare} is
 * {@code cpolens compare --format json} plus the report's headline figures.
 */
public final class DashboardServer implements AutoCloseable {
    /** Most bytes a request body may have; the API reads query parameters only. */
    static final long MAX_REQUEST_BYTES = 64 * 1024;

    private final Javalin app;
    private final Catalogs catalogs;
    private final Catalog catalog;

    private DashboardServer(Catalogs catalogs) {
        this.catalogs = catalogs;
        this.catalog = catalogs.interconnect();
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.defaultContentType = "application/json";
        });
        routes();
    }

    /**
     * Starts serving.
     *
     * @param host address to bind; 127.0.0.1 keeps the dashboard on this machine
     * @param port TCP port; 0 picks a free one (see {@link #port()})
     */
    public static DashboardServer start(String host, int port, Catalogs catalogs) {
        DashboardServer s = new DashboardServer(catalogs);
        s.app.start(host, port);
        return s;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes() {
        // the page and its assets, all from the jar
        app.get("/", ctx -> asset(ctx, "/web/index.html", "text/html; charset=utf-8"));
        app.get("/assets/dashboard.js", ctx -> asset(ctx, "/web/dashboard.js", "text/javascript; charset=utf-8"));
        app.get("/assets/dashboard.css", ctx -> asset(ctx, "/web/dashboard.css", "text/css; charset=utf-8"));
        app.get("/assets/report.js", ctx -> asset(ctx, "/report/report.js", "text/javascript; charset=utf-8"));
        app.get("/assets/echarts.min.js", ctx -> asset(ctx, HtmlReport.ECHARTS_RESOURCE, "text/javascript; charset=utf-8"));

        // the JSON API
        app.get("/api/scenarios", ctx -> json(ctx, scenarios()));
        app.get("/api/catalog", ctx -> json(ctx, catalogJson()));
        app.get("/api/schema", ctx -> json(ctx, SchemaRequest.run(catalog)));
        app.get("/api/compare", ctx -> json(ctx, compare(params(ctx))));
        app.get("/api/fabric", ctx -> json(ctx, fabric(params(ctx))));
        app.get("/api/market", ctx -> json(ctx, MarketRequest.run(params(ctx), catalogs)));
        app.get("/api/sweep-map", ctx -> json(ctx, SweepMapRequest.run(params(ctx), catalog)));

        app.exception(BadRequest.class, (e, ctx) -> {
            ctx.status(400);
            json(ctx, e.error().json());
        });
        app.exception(InputException.class, (e, ctx) -> {
            ctx.status(400);
            json(ctx, ApiError.of(e, e.field()).json());
        });
        app.exception(Exception.class, (e, ctx) -> {
            ctx.status(500);
            json(ctx, new ApiError("internal error: " + e, null, null, "please report it").json());
        });
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/")) {
                json(ctx, new ApiError("no such API endpoint", "path", ctx.path(),
                        Suggest.hint(ctx.path(), List.of("/api/compare", "/api/fabric", "/api/market", "/api/sweep-map",
                                "/api/scenarios", "/api/catalog", "/api/schema")))
                        .json());
            }
        });
    }

    /** One value per parameter; a parameter given twice is ambiguous and refused. */
    static Map<String, String> params(Context ctx) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (e.getValue().size() > 1) {
                throw new BadRequest(new ApiError("given more than once", e.getKey(), String.join(",", e.getValue()),
                        "send each parameter once"));
            }
            out.put(e.getKey(), e.getValue().isEmpty() ? "" : e.getValue().get(0));
        }
        return out;
    }

    Map<String, Object> compare(Map<String, String> params) {
        Evaluation e = Analysis.evaluate(CompareRequest.scenario(params, catalogs));
        Map<String, Object> m = InterconnectViews.compareJson(e);
        m.put("headline", ReportBuilder.headlineJson(e));
        return m;
    }

    static final List<String> FABRIC_PARAMS = List.of("endpoints", "switch", "radix", "portGbps", "tiers",
            "oversubscription", "hostLink");

    Map<String, Object> fabric(Map<String, String> params) {
        for (String key : params.keySet()) {
            if (!FABRIC_PARAMS.contains(key)) {
                throw new BadRequest(new ApiError("unknown parameter", key, params.get(key), Suggest.hint(key, FABRIC_PARAMS)));
            }
        }
        if (!params.containsKey("endpoints")) {
            throw new BadRequest(new ApiError("missing", "endpoints", null, "host ports at the switch speed, e.g. 8192"));
        }
        long endpoints = CompareRequest.longParam(params, "endpoints", "a whole number of host ports, e.g. 8192");
        if (endpoints < 1 || endpoints > CompareRequest.MAX_ENDPOINTS) {
            throw new BadRequest(new ApiError("must be between 1 and " + CompareRequest.MAX_ENDPOINTS, "endpoints",
                    params.get("endpoints"), "the dashboard builds clusters of up to 10 million host ports"));
        }
        int radix;
        double gbps;
        if (params.containsKey("switch")) {
            String id = params.get("switch");
            SwitchSystem sw = catalog.switchSystem(id).orElseThrow(() -> new BadRequest(
                    new ApiError("unknown switch id", "switch", id, Suggest.hint(id, catalog.switchIds()))));
            radix = sw.radix();
            gbps = sw.portGbps();
        } else {
            long r = params.containsKey("radix") ? CompareRequest.longParam(params, "radix", "ports per switch, e.g. 64") : 64;
            if (r < 2 || r > 4096) {
                throw new BadRequest(new ApiError("must be between 2 and 4096", "radix", params.get("radix"),
                        "e.g. 64 for Tomahawk 5 64x800G"));
            }
            radix = (int) r;
            gbps = params.containsKey("portGbps") ? CompareRequest.numberParam(params, "portGbps", "e.g. 800") : 800;
        }
        long tiers = params.containsKey("tiers") ? CompareRequest.longParam(params, "tiers", "1, 2 or 3; 0 picks the fewest") : 0;
        if (tiers < 0 || tiers > 3) {
            throw new BadRequest(new ApiError("must be 0, 1, 2 or 3", "tiers", params.get("tiers"), "0 picks the fewest that fit"));
        }
        double over = params.containsKey("oversubscription")
                ? CompareRequest.numberParam(params, "oversubscription", "1.0 is non-blocking") : 1.0;
        HostLink link = HostLink.OPTICAL;
        if (params.containsKey("hostLink")) {
            String v = params.get("hostLink");
            if (!v.equals("optical") && !v.equals("copper")) {
                throw new BadRequest(new ApiError("not a host link medium", "hostLink", v, "optical or copper"));
            }
            link = HostLink.valueOf(v.toUpperCase(java.util.Locale.ROOT));
        }
        Fabric f = FabricBuilder.foldedClos().build(new FabricRequest(endpoints, radix, gbps, (int) tiers, over, link));
        return InterconnectViews.fabricJson(f);
    }

    List<Map<String, Object>> scenarios() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String name : CompareRequest.bundledScenarios()) {
            var scenario = CompareRequest.scenario(Map.of("scenario", name), catalogs);
            var sc = scenario.interconnect();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("description", sc.description());
            m.put("descriptionZhTw", scenario.descriptionZhTw());
            m.put("endpoints", sc.cluster().endpoints());
            m.put("speed", sc.cluster().endpointGbps());
            m.put("accelerators", sc.cluster().accelerators());
            m.put("wattsPerAccelerator", sc.cluster().wattsPerAccelerator());
            m.put("switch", sc.switchSystem().id());
            // a switch written in the scenario itself (llama3-405b's 400G Minipack2) is not in the catalog:
            // the dashboard offers it for this scenario and leaves it out of the query
            m.put("switchInCatalog", catalog.switchSystem(sc.switchSystem().id()).isPresent());
            m.put("switchName", org.cpolens.web.SchemaRequest.text(org.cpolens.report.Names.switchSystem(sc.switchSystem())));
            m.put("radix", sc.switchSystem().radix());
            m.put("portGbps", sc.switchSystem().portGbps());
            m.put("tiers", sc.fabricRequest().tiers());
            m.put("oversubscription", sc.fabricRequest().oversubscription());
            m.put("hostLink", sc.fabricRequest().hostLink().word());
            List<Map<String, Object>> archs = new ArrayList<>();
            for (OpticsArchitecture a : sc.architectures()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("id", a.id());
                x.put("switchPortWatts", a.value(ArchitectureFigure.SWITCH_PORT_WATTS));
                x.put("hostPortWatts", a.value(ArchitectureFigure.HOST_PORT_WATTS));
                archs.add(x);
            }
            m.put("architectures", archs);
            out.add(m);
        }
        return out;
    }

    Map<String, Object> catalogJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> archs = new ArrayList<>();
        for (OpticsArchitecture a : catalog.architectures()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", a.id());
            x.put("name", a.name());
            x.put("kind", a.kind().word());
            x.put("portGbps", a.portGbps());
            x.put("hotSwappable", a.hotSwappable());
            x.put("replacesHostSide", a.replacesHostSide());
            x.put("figures", figures(InterconnectViews.figuresOf(a)));
            archs.add(x);
        }
        m.put("architectures", archs);
        List<Map<String, Object>> switches = new ArrayList<>();
        for (SwitchSystem s : catalog.switches()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", s.id());
            x.put("name", s.name());
            x.put("radix", s.radix());
            x.put("portGbps", s.portGbps());
            x.put("figures", figures(InterconnectViews.figuresOf(s)));
            switches.add(x);
        }
        m.put("switches", switches);
        return m;
    }

    private static Map<String, Object> figures(Map<String, Figure> figs) {
        Map<String, Object> out = new LinkedHashMap<>();
        figs.forEach((k, f) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("value", f.value());
            x.put("unit", f.unit());
            x.put("source", f.source());
            x.put("status", f.status().word());
            out.put(k, x);
        });
        return out;
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType("application/json; charset=utf-8").result(Json.write(body));
    }

    private static void asset(Context ctx, String resource, String type) {
        ctx.contentType(type).result(HtmlReport.resource(resource));
    }
}
