package org.cpolens.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
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
 *
 * <p>Bounded: expensive requests go through a {@link RequestGate} (a few workers, a short line, a
 * memory budget; beyond them 503 with Retry-After; dropped or stopped when the client leaves);
 * every error has a JSON body; a wrong method on a known path gets 405 with {@code Allow}; a
 * server bound to this machine answers only requests whose {@code Host} names this machine.
 */
public final class DashboardServer implements AutoCloseable {
    /** Most bytes a request body may have; the API reads query parameters only. */
    static final long MAX_REQUEST_BYTES = 64 * 1024;
    /** The methods every path answers; HEAD comes with GET. */
    static final String ALLOW = "GET, HEAD";

    private final Javalin app;
    private final Catalogs catalogs;
    private final Catalog catalog;
    private final RequestGate gate;
    private final Set<String> paths = new LinkedHashSet<>();
    /** Set once the port is known; until then every request is refused. */
    private volatile HostCheck hostCheck;

    private DashboardServer(Catalogs catalogs, ServerLimits limits) {
        this.catalogs = catalogs;
        this.catalog = catalogs.interconnect();
        this.gate = new RequestGate(limits);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.http.defaultContentType = "application/json";
            // Jetty's own errors (header too large, bad request line, an Error in a handler) in JSON too
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));
        });
        routes();
    }

    /**
     * Starts serving with the limits of {@link ServerLimits#forThisMachine()}.
     *
     * @param host address to bind; 127.0.0.1 keeps the dashboard on this machine
     * @param port TCP port; 0 picks a free one (see {@link #port()})
     */
    public static DashboardServer start(String host, int port, Catalogs catalogs) {
        return start(host, port, catalogs, ServerLimits.forThisMachine());
    }

    /** Starts serving with the given limits on expensive requests. */
    public static DashboardServer start(String host, int port, Catalogs catalogs, ServerLimits limits) {
        DashboardServer s = new DashboardServer(catalogs, limits);
        try {
            s.app.start(host, port);
        } catch (RuntimeException e) {
            s.gate.close();
            throw e;
        }
        s.hostCheck = HostCheck.forBind(host, s.app.port());
        return s;
    }

    public int port() {
        return app.port();
    }

    /** The limits on expensive requests this server runs with. */
    public ServerLimits limits() {
        return gate.limits();
    }

    /** Whether any {@code Host} header is accepted (bound to a non-loopback address on purpose). */
    public boolean acceptsAnyHost() {
        HostCheck h = hostCheck;
        return h != null && h.open();
    }

    RequestGate gate() {
        return gate;
    }

    @Override
    public void close() {
        app.stop();
        gate.close();
    }

    private void get(String path, Handler handler) {
        paths.add(path);
        app.get(path, handler);
    }

    private void routes() {
        app.before(ctx -> {
            HostCheck h = hostCheck;
            if (h == null || !h.allows(ctx.header("Host"))) {
                throw new Refused(403, new ApiError("this server answers only requests addressed to this machine", "Host",
                        ctx.header("Host"), "open http://127.0.0.1:" + port() + "/ (allowed: "
                        + (h == null ? "none yet" : h.describe()) + "), or start it with --host to open it on purpose"));
            }
            if (paths.contains(ctx.path()) && !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) {
                ctx.header("Allow", ALLOW);
                throw new Refused(405, new ApiError("method not allowed", "method", ctx.method().name(),
                        ctx.path() + " answers " + ALLOW));
            }
        });

        // the page and its assets, all from the jar
        get("/", ctx -> asset(ctx, "/web/index.html", "text/html; charset=utf-8"));
        get("/assets/dashboard.js", ctx -> asset(ctx, "/web/dashboard.js", "text/javascript; charset=utf-8"));
        get("/assets/dashboard.css", ctx -> asset(ctx, "/web/dashboard.css", "text/css; charset=utf-8"));
        get("/assets/report.js", ctx -> asset(ctx, "/report/report.js", "text/javascript; charset=utf-8"));
        get("/assets/echarts.min.js", ctx -> asset(ctx, HtmlReport.ECHARTS_RESOURCE, "text/javascript; charset=utf-8"));

        // the JSON API; the expensive requests go through the gate
        get("/api/scenarios", ctx -> json(ctx, scenarios()));
        get("/api/catalog", ctx -> json(ctx, catalogJson()));
        get("/api/schema", ctx -> json(ctx, SchemaRequest.run(catalog)));
        get("/api/compare", ctx -> {
            Map<String, String> p = params(ctx);
            RequestCost cost = RequestCost.bigFabric(p);
            json(ctx, cost == null ? compare(p) : heavy(ctx, cost, () -> compare(p)));
        });
        get("/api/fabric", ctx -> {
            Map<String, String> p = params(ctx);
            RequestCost cost = RequestCost.bigFabric(p);
            json(ctx, cost == null ? fabric(p) : heavy(ctx, cost, () -> fabric(p)));
        });
        get("/api/market", ctx -> {
            Map<String, String> p = params(ctx);
            json(ctx, heavy(ctx, RequestCost.market(p, catalogs), () -> MarketRequest.run(p, catalogs)));
        });
        get("/api/sweep-map", ctx -> {
            Map<String, String> p = params(ctx);
            json(ctx, heavy(ctx, RequestCost.sweepMap(p), () -> SweepMapRequest.run(p, catalogs)));
        });
        get("/api/tco", ctx -> {
            Map<String, String> p = params(ctx);
            json(ctx, heavy(ctx, RequestCost.tco(p), () -> TcoRequest.run(p, catalogs)));
        });

        app.exception(Refused.class, (e, ctx) -> {
            ctx.status(e.status);
            json(ctx, e.error.json());
        });
        app.exception(RequestGate.Busy.class, (e, ctx) -> {
            ctx.status(503);
            ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds));
            json(ctx, new ApiError(e.getMessage(), null, null, "retry after " + e.retryAfterSeconds + " s; the page, "
                    + "scenarios, catalog and small comparisons keep answering meanwhile").json());
        });
        app.exception(RequestGate.ClientGone.class, (e, ctx) -> {
            // nobody reads this; the status keeps the access log honest
            ctx.status(499);
            json(ctx, new ApiError(e.getMessage(), null, null, null).json());
        });
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
        app.error(404, ctx -> json(ctx, new ApiError(ctx.path().startsWith("/api/") ? "no such API endpoint" : "no such page",
                "path", ctx.path(), Suggest.hint(ctx.path(), paths.stream()
                        .filter(x -> x.startsWith("/api/") == ctx.path().startsWith("/api/")).toList())).json()));
        app.error(500, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                json(ctx, new ApiError("internal error", null, null, "please report it").json());
            }
        });
    }

    /** A request refused before any work (Host not allowed, method not allowed), with its status. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final transient ApiError error;

        Refused(int status, ApiError error) {
            super(error.error());
            this.status = status;
            this.error = error;
        }
    }

    /**
     * Runs an expensive request through the gate. One that alone needs more working memory than
     * the server's budget could never run: 400 naming the parameter and the largest value that fits.
     */
    private Object heavy(Context ctx, RequestCost cost, Callable<Object> work) throws InterruptedException {
        try {
            return gate.run(cost.bytes(), work, ClientProbe.of(ctx));
        } catch (RequestGate.TooLarge e) {
            long most = cost.largestWithin(e.budgetBytes);
            throw new BadRequest(new ApiError("needs " + RequestCost.mib(e.costBytes) + " of working memory, more than the "
                    + RequestCost.mib(e.budgetBytes) + " this server gives one request", cost.field(), cost.value(),
                    (most >= 0 ? "ask for at most " + most + " " + cost.field() + "; " : "ask for less; ")
                            + "the CLI has no such limit, or give the server more heap (-Xmx)"));
        }
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
