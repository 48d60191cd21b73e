package org.cpolens.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.cpolens.cli.Main;
import org.cpolens.io.Catalogs;
import org.cpolens.report.Json;
import org.cpolens.report.Tables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard and the report in a real headless browser. Screenshots land in
 * target/screenshots/ (docs/report.png and docs/dashboard.png are copies of them).
 */
class BrowserTest {
    static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    Path tmp;

    @BeforeEach
    void needsChromium() {
        Browser.assumeInstalled();
    }

    private static WebDriverWait waitFor(ChromeDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(30));
    }

    private static void shot(ChromeDriver d, String name) throws Exception {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name), d.getScreenshotAs(OutputType.BYTES));
    }

    private static String figure(ChromeDriver d, String key) {
        return d.findElement(By.cssSelector("#fig-" + key + " .value")).getAttribute("data-value");
    }

    @Test
    void dashboardShowsWhatTheApiReturnsAfterAnEdit() throws Exception {
        try (DashboardServer server = DashboardServer.start("127.0.0.1", 0, Catalogs.bundled())) {
            ChromeDriver d = Browser.start(tmp.resolve("profile"), 1400, 1500);
            try {
                d.get("http://127.0.0.1:" + server.port() + "/");
                waitFor(d).until(x -> !figure(d, "cpoOpticsPowerKw").isEmpty());
                String before = figure(d, "cpoOpticsPowerKw");
                WebElement watts = d.findElement(By.id("watts-cpo-bailly-800g"));
                watts.clear();
                watts.sendKeys("7");
                waitFor(d).until(x -> !figure(d, "cpoOpticsPowerKw").equals(before)
                        && String.valueOf(((JavascriptExecutor) d).executeScript(
                                "return document.body.getAttribute('data-last-query')")).contains("switchPortWatts=7"));

                String query = (String) ((JavascriptExecutor) d).executeScript(
                        "return document.body.getAttribute('data-last-query')");
                JsonNode api = get(server, "/api/compare?" + query);
                double expected = api.get("headline").get("cpoOpticsPowerKw").asDouble();
                assertThat(Double.parseDouble(figure(d, "cpoOpticsPowerKw"))).isEqualTo(expected);
                assertThat(d.findElement(By.cssSelector("#fig-cpoOpticsPowerKw .value")).getText())
                        .isEqualTo(Tables.display(expected, "en"));
                // and the engine's arithmetic: 40,960 ports x 7 W + 8,192 host modules x 16.93 W
                assertThat(expected).isCloseTo((40_960 * 7 + 8_192 * 16.93) / 1000, org.assertj.core.api.Assertions.within(1e-6));
                assertThat(Double.parseDouble(figure(d, "opticsPowerSavedKw")))
                        .isEqualTo(api.get("headline").get("opticsPowerSavedKw").asDouble());
                assertThat(d.findElements(By.cssSelector("#chart-power canvas"))).isNotEmpty();
                // the market panel: move the Bass q slider, the P50 shown is the API's for that query
                waitFor(d).until(x -> !figure(d, "marketP50").isEmpty());
                String p50Before = figure(d, "marketP50");
                ((JavascriptExecutor) d).executeScript("var s = document.getElementById('m-q'); s.value = '0.6';"
                        + " s.dispatchEvent(new Event('input', {bubbles: true}));");
                waitFor(d).until(x -> String.valueOf(((JavascriptExecutor) d).executeScript(
                        "return document.body.getAttribute('data-last-market-query')")).contains("q=0.6")
                        && !figure(d, "marketP50").equals(p50Before));
                String marketQuery = (String) ((JavascriptExecutor) d).executeScript(
                        "return document.body.getAttribute('data-last-market-query')");
                JsonNode years = get(server, "/api/market?" + marketQuery).get("years");
                double p50 = years.get(years.size() - 1).get("p50").asDouble() / 1e6;
                assertThat(Double.parseDouble(figure(d, "marketP50"))).isCloseTo(p50, org.assertj.core.api.Assertions.within(1e-9));
                assertThat(Double.parseDouble(figure(d, "marketP50"))).isGreaterThan(Double.parseDouble(p50Before));
                assertThat(d.findElements(By.cssSelector("#chart-market-fan canvas"))).isNotEmpty();
                shot(d, "dashboard.png");
                ((JavascriptExecutor) d).executeScript("document.getElementById('market-panel').scrollIntoView()");
                shot(d, "dashboard-market.png");

                // a bad edit shows the API's 400, naming the field
                WebElement endpoints = d.findElement(By.id("endpoints"));
                endpoints.clear();
                endpoints.sendKeys("20000000");
                waitFor(d).until(x -> d.findElement(By.id("error")).isDisplayed());
                assertThat(d.findElement(By.id("error")).getText()).contains("HTTP 400").contains("field: endpoints");
                assertThat(Browser.consoleErrors(d)).allSatisfy(m -> assertThat(m).contains("400"));
            } finally {
                d.quit();
            }
        }
    }

    private static String mapAttr(ChromeDriver d, String name) {
        return d.findElement(By.id("map-readout")).getAttribute(name);
    }

    private static Object js(ChromeDriver d, String script) {
        return ((JavascriptExecutor) d).executeScript(script);
    }

    /** The "where CPO wins" panel: change controls, the heatmap redraws and its readout is the API's cell. */
    @Test
    void sweepMapRedrawsOnAControlAndShowsTheApisCell() throws Exception {
        try (DashboardServer server = DashboardServer.start("127.0.0.1", 0, Catalogs.bundled())) {
            ChromeDriver d = Browser.start(tmp.resolve("profile"), 1400, 1500);
            try {
                d.get("http://127.0.0.1:" + server.port() + "/");
                waitFor(d).until(x -> js(d, "return document.body.getAttribute('data-last-map-query')") != null
                        && !mapAttr(d, "data-percent").isEmpty());
                assertThat(String.valueOf(js(d, "return document.body.getAttribute('data-last-map-query')")))
                        .contains("switch=tomahawk5-64x800g");
                String cellsBefore = d.findElement(By.id("chart-map")).getAttribute("data-cells");

                // another switch: the map is redrawn for it
                new Select(d.findElement(By.id("map-switch"))).selectByValue("tomahawk6-128x800g");
                waitFor(d).until(x -> String.valueOf(js(d, "return document.body.getAttribute('data-last-map-query')"))
                        .contains("switch=tomahawk6-128x800g"));
                String query = (String) js(d, "return document.body.getAttribute('data-last-map-query')");
                JsonNode api = get(server, "/api/sweep-map?" + query);
                checkMapShows(d, api, "powerAdvantagePercent");
                assertThat(d.findElement(By.id("chart-map")).getAttribute("data-cells")).isNotEqualTo(cellsBefore);

                // price on the y axis: the colour and the readout turn to optics capex
                new Select(d.findElement(By.id("map-figure"))).selectByValue("costPerPortUsd");
                waitFor(d).until(x -> String.valueOf(js(d, "return document.body.getAttribute('data-last-map-query')"))
                        .contains("figure=costPerPortUsd") && "capex".equals(mapAttr(d, "data-metric")));
                query = (String) js(d, "return document.body.getAttribute('data-last-map-query')");
                checkMapShows(d, get(server, "/api/sweep-map?" + query), "capexAdvantagePercent");

                new Select(d.findElement(By.id("map-figure"))).selectByValue("switchPortWatts");
                waitFor(d).until(x -> "power".equals(mapAttr(d, "data-metric")));
                assertThat(Browser.consoleErrors(d)).isEmpty();
                js(d, "document.getElementById('map-panel').scrollIntoView()");
                shot(d, "dashboard-map.png");
            } finally {
                d.quit();
            }
        }
    }

    private static void checkMapShows(ChromeDriver d, JsonNode api, String metric) {
        checkMapShows(d, api, metric, "breakEven");
    }

    private static void checkMapShows(ChromeDriver d, JsonNode api, String metric, String breakEvenKey) {
        // the heatmap holds one item per buildable cell of the API's answer
        int buildable = 0;
        for (JsonNode row : api.get(metric)) {
            for (JsonNode v : row) {
                buildable += v.isNull() ? 0 : 1;
            }
        }
        assertThat(buildable).isGreaterThan(0);
        Object items = js(d, "return echarts.getInstanceByDom(document.getElementById('chart-map')).getOption().series[0].data.length");
        assertThat(((Number) items).intValue()).isEqualTo(buildable);
        assertThat(d.findElements(By.cssSelector("#chart-map canvas"))).isNotEmpty();
        // the readout's cell is the API's cell, to the bit, and its text shows it rounded as the terminal does
        long endpoints = Long.parseLong(mapAttr(d, "data-endpoints"));
        double value = Double.parseDouble(mapAttr(d, "data-value"));
        int x = -1;
        int y = -1;
        for (int i = 0; i < api.get("endpoints").size(); i++) {
            x = api.get("endpoints").get(i).asLong() == endpoints ? i : x;
        }
        for (int i = 0; i < api.get("values").size(); i++) {
            y = api.get("values").get(i).asDouble() == value ? i : y;
        }
        assertThat(x).as("readout column %d in the API's endpoints", endpoints).isNotNegative();
        assertThat(y).as("readout row %s in the API's values", value).isNotNegative();
        double pct = api.get(metric).get(y).get(x).asDouble();
        assertThat(Double.parseDouble(mapAttr(d, "data-percent"))).isEqualTo(pct);
        JsonNode be = api.get(breakEvenKey).get(x);
        if (be.isNull()) {
            assertThat(mapAttr(d, "data-break-even")).isEmpty();
        } else {
            assertThat(Double.parseDouble(mapAttr(d, "data-break-even"))).isEqualTo(be.asDouble());
        }
        assertThat(d.findElement(By.id("map-readout")).getText()).contains(Tables.display(Math.abs(pct), "en") + "%");
    }

    /** CPO's advantage over the best non-CPO choice, US$ per accelerator-year, from an /api/tco answer. */
    private static double tcoAdvantage(JsonNode tco) {
        double cpo = Double.NaN;
        double other = Double.NaN;
        for (JsonNode a : tco.get("architectures")) {
            if (a.get("id").asText().equals(tco.get("targetArchitecture").asText())) {
                cpo = a.get("tcoUsdPerAcceleratorYear").asDouble();
            }
            if (a.get("id").asText().equals(tco.get("bestNonCpoArchitecture").asText())) {
                other = a.get("tcoUsdPerAcceleratorYear").asDouble();
            }
        }
        return other - cpo;
    }

    /** The cost panel prices the form's cluster as cpolens tco does, sends only the inputs moved, and the map shows the TCO lead. */
    @Test
    void tcoPanelSendsOnlyMovedInputsAndTheMapColoursTheTcoLead() throws Exception {
        try (DashboardServer server = DashboardServer.start("127.0.0.1", 0, Catalogs.bundled())) {
            ChromeDriver d = Browser.start(tmp.resolve("profile"), 1400, 1500);
            try {
                d.get("http://127.0.0.1:" + server.port() + "/");
                waitFor(d).until(x -> !figure(d, "tcoAdvantage").isEmpty() && attr(d, "data-last-tco-query").contains("scenario=")
                        && attr(d, "data-last-query").contains("scenario=")
                        && !d.findElement(By.id("chart-map")).getAttribute("data-cells").isEmpty());
                // the default: the form's cluster, no cost input, no reliability/seed/trials: what cpolens tco prints
                String q = attr(d, "data-last-tco-query");
                assertThat(q).contains("scenario=broadcom-32k").doesNotContain("tco.").doesNotContain("reliability")
                        .doesNotContain("trials").isEqualTo(attr(d, "data-last-query"));
                JsonNode api = get(server, "/api/tco?" + q);
                assertThat(Double.parseDouble(figure(d, "tcoAdvantage"))).isEqualTo(tcoAdvantage(api));
                StringWriter cliOut = new StringWriter();
                assertThat(Main.run(new PrintWriter(cliOut), new PrintWriter(new StringWriter()),
                        "tco", "--scenario", "broadcom-32k", "--format", "json")).isZero();
                assertThat(tcoAdvantage(Json.MAPPER.readTree(cliOut.toString()))).isEqualTo(tcoAdvantage(api));
                // untouched inputs show the scenario's own values
                double pue = Double.NaN;
                for (JsonNode i : api.get("inputs")) {
                    pue = "pue".equals(i.get("input").asText()) ? i.get("value").asDouble() : pue;
                }
                assertThat(Double.parseDouble(d.findElement(By.id("t-pue")).getAttribute("value"))).isEqualTo(pue);
                assertThat(Double.parseDouble(d.findElement(By.id("t-lifetimeYears")).getAttribute("value")))
                        .isEqualTo(api.get("lifetimeYears").asDouble());
                assertThat(Double.parseDouble(figure(d, "tcoBaseline"))).isPositive();
                assertThat(d.findElements(By.cssSelector("#chart-tco canvas"))).isNotEmpty();

                // the map's TCO measure: cells coloured with the API's tcoAdvantagePercent, TCO break-even in watts
                new Select(d.findElement(By.id("map-measure"))).selectByValue("tco");
                waitFor(d).until(x -> "tco".equals(mapAttr(d, "data-metric")));
                JsonNode map = get(server, "/api/sweep-map?" + attr(d, "data-last-map-query"));
                checkMapShows(d, map, "tcoAdvantagePercent", "tcoBreakEvenWattsPerPort");
                List<?> cells = (List<?>) js(d, "return echarts.getInstanceByDom(document.getElementById('chart-map'))"
                        + ".getOption().series[0].data");
                for (Object c : cells) {
                    List<?> cell = (List<?>) c;
                    int cx = ((Number) cell.get(0)).intValue();
                    int cy = ((Number) cell.get(1)).intValue();
                    assertThat(((Number) cell.get(2)).doubleValue())
                            .isEqualTo(map.get("tcoAdvantagePercent").get(cy).get(cx).asDouble());
                }

                // PUE changed: tco.pue is sent, the figure moves and is the API's; the map prices the same PUE
                String before = figure(d, "tcoAdvantage");
                js(d, "var s = document.getElementById('t-pue'); s.value = '1.2'; s.dispatchEvent(new Event('input', {bubbles: true}));");
                waitFor(d).until(x -> attr(d, "data-last-tco-query").contains("tco.pue=1.2") && !figure(d, "tcoAdvantage").equals(before)
                        && attr(d, "data-last-map-query").contains("tco.pue=1.2"));
                q = attr(d, "data-last-tco-query");
                assertThat(q).doesNotContain("tco.electricityUsdPerKwh").doesNotContain("tco.lifetimeYears");
                assertThat(Double.parseDouble(figure(d, "tcoAdvantage"))).isEqualTo(tcoAdvantage(get(server, "/api/tco?" + q)));
                assertThat(d.getCurrentUrl()).contains("t.pue=1.2").contains("map.measure=tco");
                assertThat(Browser.consoleErrors(d)).isEmpty();
                js(d, "document.getElementById('tco-panel').scrollIntoView()");
                shot(d, "dashboard-tco.png");

                // another scenario starts from its own cost inputs again
                new Select(d.findElement(By.id("scenario"))).selectByValue("llama3-405b");
                waitFor(d).until(x -> attr(d, "data-last-tco-query").contains("scenario=llama3-405b"));
                assertThat(attr(d, "data-last-tco-query")).doesNotContain("tco.");
                assertThat(d.getCurrentUrl()).doesNotContain("t.pue");
            } finally {
                d.quit();
            }
        }
    }

    private static Path analyze(Path tmp, String... extra) {
        Path out = tmp.resolve("report");
        java.util.List<String> args = new java.util.ArrayList<>(List.of("analyze", "--out", out.toString(), "--lang", "en",
                "--db", tmp.resolve("no-revenue.mv.db").toString()));
        args.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new)))
                .as(err.toString()).isZero();
        return out;
    }

    /** The whole report at 1,280 px in both languages: charts drawn, nothing wider than the window, no English label left in Chinese. */
    @Test
    void reportFitsIn1280PxInBothLanguagesAndSpeaksChinese() throws Exception {
        Path out = analyze(tmp);
        String html = Files.readString(out.resolve("report.html"));
        int chartBlocks = html.split("\"type\" : \"chart\"", -1).length - 1
                + html.split("\"type\" : \"graph\"", -1).length - 1;
        assertThat(chartBlocks).isGreaterThanOrEqualTo(8);

        ChromeDriver d = Browser.start(tmp.resolve("profile"), 1280, 2200);
        try {
            d.get(out.resolve("report.html").toUri().toString());
            waitFor(d).until(x -> d.findElements(By.cssSelector(".chart svg")).size() >= chartBlocks);
            List<WebElement> charts = d.findElements(By.cssSelector(".chart"));
            assertThat(charts).hasSize(chartBlocks);
            for (WebElement c : charts) {
                assertThat(c.findElements(By.cssSelector("svg"))).isNotEmpty();
                assertThat(c.getSize().getHeight()).isGreaterThan(100);
            }
            // every chart says where its numbers come from
            assertThat(d.findElements(By.cssSelector(".chart-box figcaption.chart-source"))).hasSize(chartBlocks);
            assertThat(d.findElement(By.cssSelector("#section-summary h2")).getText()).isEqualTo("Key takeaways");
            assertThat(d.findElement(By.cssSelector("#figure-cpoOpticsPowerKw .value")).getText()).isEqualTo("366.0");
            assertThat(d.findElement(By.cssSelector(".callout-verdict")).getText()).contains("best non-CPO choice");
            assertThat(d.findElement(By.cssSelector("#table-compare thead")).getText()).contains("Optics power (kW)");
            // display names, not ids, on the charts
            assertThat(d.findElement(By.cssSelector("#section-comparison .chart svg")).getText()).contains("CPO 800G, Bailly")
                    .doesNotContain("cpo-bailly-800g");
            assertThat(PageChecks.horizontalOverflow(d)).as("page wider than 1,280 px (en)").isLessThanOrEqualTo(0);
            // the contents wrap instead of running off the screen, and stay in view
            WebElement toc = d.findElement(By.id("toc"));
            assertThat(toc.getSize().getWidth()).isLessThanOrEqualTo(1280);
            assertThat(toc.getCssValue("position")).isEqualTo("sticky");
            assertThat(Browser.consoleErrors(d)).isEmpty();
            shot(d, "report.png");
            ((JavascriptExecutor) d).executeScript("document.getElementById('section-sensitivity').scrollIntoView()");
            shot(d, "report-sensitivity.png");
            ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0)");

            d.findElement(By.id("lang-zh-TW")).click();
            waitFor(d).until(x -> "重點摘要".equals(d.findElement(By.cssSelector("#section-summary h2")).getText()));
            waitFor(d).until(x -> d.findElements(By.cssSelector(".chart svg")).size() >= chartBlocks);
            assertThat(d.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-TW");
            assertThat(d.findElement(By.cssSelector("#section-risks")).getText()).contains("不可熱插拔");
            assertThat(d.findElement(By.cssSelector("#table-compare thead")).getText()).contains("光學功耗（kW）");
            assertThat(d.findElement(By.cssSelector("#table-sources tbody")).getText()).contains("假設").contains("陳述");
            assertThat(PageChecks.horizontalOverflow(d)).as("page wider than 1,280 px (zh-TW)").isLessThanOrEqualTo(0);
            // the zh-TW label test: open every collapsed table so every row is checked
            ((JavascriptExecutor) d).executeScript(
                    "document.querySelectorAll('table').forEach(function (t) { t.classList.add('expanded'); });");
            assertThat(PageChecks.asciiOnlyLabelsChecked(d)).as("English-only labels in the zh-TW report").isEmpty();
            ((JavascriptExecutor) d).executeScript(
                    "document.querySelectorAll('table').forEach(function (t) { t.classList.remove('expanded'); }); window.scrollTo(0, 0)");
            shot(d, "report-zh-TW.png");

            d.findElement(By.id("lang-en")).click();
            waitFor(d).until(x -> "Key takeaways".equals(d.findElement(By.cssSelector("#section-summary h2")).getText()));
            assertThat(Browser.consoleErrors(d)).isEmpty();
        } finally {
            d.quit();
        }
    }

    /** The Sources appendix: long, so collapsed with "show all", and filterable by text and status. */
    @Test
    void longTablesCollapseAndTheSourcesTableFilters() throws Exception {
        Path out = analyze(tmp);
        ChromeDriver d = Browser.start(tmp.resolve("profile"), 1280, 1600);
        try {
            d.get(out.resolve("report.html").toUri().toString());
            waitFor(d).until(x -> !d.findElements(By.cssSelector("#table-sources tbody tr")).isEmpty());
            List<WebElement> rows = d.findElements(By.cssSelector("#table-sources tbody tr"));
            assertThat(rows.size()).isGreaterThan(100);
            assertThat(rows.stream().filter(WebElement::isDisplayed).count()).isEqualTo(10);
            WebElement box = d.findElement(By.id("table-sources")).findElement(By.xpath("ancestor::div[@class='table-box']"));
            WebElement more = box.findElement(By.cssSelector(".show-all"));
            assertThat(more.getText()).isEqualTo("Show all " + Tables.display((long) rows.size(), "en") + " rows");
            ((JavascriptExecutor) d).executeScript("arguments[0].click()", more);
            assertThat(rows.stream().filter(WebElement::isDisplayed).count()).isEqualTo(rows.size());

            WebElement filter = d.findElement(By.id("sources-filter"));
            filter.sendKeys("bailly");
            List<WebElement> shown = rows.stream().filter(WebElement::isDisplayed).toList();
            assertThat(shown).isNotEmpty().hasSizeLessThan(rows.size());
            assertThat(shown).allSatisfy(r -> assertThat(r.getText().toLowerCase()).contains("bailly"));
            new Select(d.findElement(By.id("sources-status"))).selectByValue("stated");
            List<WebElement> stated = rows.stream().filter(WebElement::isDisplayed).toList();
            assertThat(stated).allSatisfy(r -> assertThat(r.getAttribute("data-status")).isEqualTo("stated"));
            assertThat(d.findElement(By.id("sources-count")).getText())
                    .isEqualTo(stated.size() + " of " + Tables.display((long) rows.size(), "en") + " figures shown");
            // every table has its CSV
            assertThat(box.findElements(By.cssSelector("button.csv"))).hasSize(1);
            assertThat(Browser.consoleErrors(d)).isEmpty();
        } finally {
            d.quit();
        }
    }

    @Test
    void everyBlockKindRendersFromDisk() throws Exception {
        // a made-up section exercising the kinds the interconnect sections do not use (LINE, FAN,
        // graph); the numbers are test data, not figures
        List<org.cpolens.report.Text> years = List.of(org.cpolens.report.Text.same("2026"),
                org.cpolens.report.Text.same("2027"), org.cpolens.report.Text.same("2028"));
        org.cpolens.report.Section s = new org.cpolens.report.Section("market",
                org.cpolens.report.Text.of("Test kinds", "測試"), List.of(
                new org.cpolens.report.Chart("fan", org.cpolens.report.Text.same("fan"), org.cpolens.report.ChartKind.FAN,
                        years, List.of(
                        new org.cpolens.report.Series(org.cpolens.report.Text.same("P10"), new double[] {1, 2, 3}, ""),
                        new org.cpolens.report.Series(org.cpolens.report.Text.same("P50"), new double[] {2, 3, 5}, ""),
                        new org.cpolens.report.Series(org.cpolens.report.Text.same("P90"), new double[] {3, 5, 8}, ""),
                        new org.cpolens.report.Series(org.cpolens.report.Text.same("top-down"), new double[] {2, 4, 6}, "")),
                        org.cpolens.report.Text.same("size"), "BUSD"),
                new org.cpolens.report.Chart("line", org.cpolens.report.Text.same("line"), org.cpolens.report.ChartKind.LINE,
                        years, List.of(new org.cpolens.report.Series(org.cpolens.report.Text.same("x"), new double[] {1, Double.NaN, 3}, "")),
                        org.cpolens.report.Text.same("x"), ""),
                new org.cpolens.report.Chart("rangeTornado", org.cpolens.report.Text.same("tornado without base"),
                        org.cpolens.report.ChartKind.TORNADO, List.of(org.cpolens.report.Text.same("price"),
                        org.cpolens.report.Text.same("adoption")), List.of(
                        new org.cpolens.report.Series(org.cpolens.report.Text.same("low"), new double[] {80, 95}, ""),
                        new org.cpolens.report.Series(org.cpolens.report.Text.same("high"), new double[] {120, 104}, "")),
                        org.cpolens.report.Text.same("revenue"), "US$M"),
                new org.cpolens.report.GraphChart("graph", org.cpolens.report.Text.same("graph"), List.of(
                        new org.cpolens.report.GraphChart.Node("a", org.cpolens.report.Text.same("A <b>"), 0, 20),
                        new org.cpolens.report.GraphChart.Node("b", org.cpolens.report.Text.same("B"), 1, 10)),
                        List.of(new org.cpolens.report.GraphChart.Edge("a", "b", org.cpolens.report.Text.same("supplies"))),
                        List.of(org.cpolens.report.Text.same("layer 1"), org.cpolens.report.Text.same("layer 2"))),
                new org.cpolens.report.DataTable("mixed", org.cpolens.report.Text.same("mixed"),
                        List.of(org.cpolens.report.Column.of("a", "A", "甲", "kW"), org.cpolens.report.Column.of("b", "B", "乙", "")),
                        List.of(java.util.Arrays.asList(1.5, null), java.util.Arrays.asList(null, org.cpolens.report.Text.of("en", "中"))))));
        org.cpolens.report.ReportModel m = org.cpolens.report.ReportFixture.builder(1)
                .add(s, List.of(), List.of()).build();
        Path file = tmp.resolve("kinds.html");
        Files.writeString(file, org.cpolens.report.HtmlReport.render(m, "en"));
        ChromeDriver d = Browser.start(tmp.resolve("profile"), 1280, 1600);
        try {
            d.get(file.toUri().toString());
            waitFor(d).until(x -> !d.findElements(By.cssSelector("#section-market .graph svg")).isEmpty());
            JavascriptExecutor js = d;
            String optionOf = "var c = document.querySelectorAll(arguments[0])[0];"
                    + "return echarts.getInstanceByDom(c).getOption();";
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> fan = (java.util.Map<String, Object>) js.executeScript(optionOf, "#section-market .chart-fan");
            List<?> fanSeries = (List<?>) fan.get("series");
            assertThat(fanSeries).hasSize(4); // P10 base, P10-P90 band, P50 line, top-down line
            assertThat(((java.util.Map<?, ?>) fanSeries.get(1)).get("areaStyle")).isNotNull();
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> tornado = (java.util.Map<String, Object>) js.executeScript(optionOf, ".chart-tornado");
            assertThat(((java.util.Map<?, ?>) ((List<?>) tornado.get("yAxis")).get(0)).get("type")).isEqualTo("category");
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> graph = (java.util.Map<String, Object>) js.executeScript(optionOf, ".graph");
            java.util.Map<?, ?> g = (java.util.Map<?, ?>) ((List<?>) graph.get("series")).get(0);
            // a layout computed from the graph, the same on every render: goods flow left to right
            assertThat(g.get("type")).isEqualTo("sankey");
            assertThat(g.get("draggable")).isEqualTo(false);
            assertThat(d.findElements(By.cssSelector("#section-market .chart svg"))).hasSize(4);
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> range = (java.util.Map<String, Object>) js.executeScript(optionOf,
                    "#section-market .chart-tornado");
            assertThat((List<?>) range.get("series")).hasSize(1);
            @SuppressWarnings("unchecked")
            java.util.Map<String, Object> own = (java.util.Map<String, Object>) js.executeScript(optionOf,
                    "#section-sensitivity .chart-tornado");
            assertThat((List<?>) own.get("series")).hasSize(2);
            ((JavascriptExecutor) d).executeScript("document.getElementById('section-market').scrollIntoView()");
            shot(d, "every-kind.png");
            assertThat(d.findElement(By.id("table-mixed")).getText()).contains("A (kW)").contains("1.50").contains("en");
            assertThat(Browser.consoleErrors(d)).isEmpty();
        } finally {
            d.quit();
        }
    }

    private static String attr(ChromeDriver d, String name) {
        return String.valueOf(js(d, "return document.body.getAttribute('" + name + "')"));
    }

    /** Bundled llama3-405b is a 400G cluster on a switch the scenario writes in: it loads like any other. */
    @Test
    void dashboardLoadsTheLlama400GScenario() throws Exception {
        try (DashboardServer server = DashboardServer.start("127.0.0.1", 0, Catalogs.bundled())) {
            ChromeDriver d = Browser.start(tmp.resolve("profile"), 1280, 1500);
            try {
                d.get("http://127.0.0.1:" + server.port() + "/");
                waitFor(d).until(x -> !figure(d, "cpoOpticsPowerKw").isEmpty());
                new Select(d.findElement(By.id("scenario"))).selectByValue("llama3-405b");
                waitFor(d).until(x -> attr(d, "data-last-query").contains("scenario=llama3-405b"));
                assertThat(d.findElement(By.id("error")).isDisplayed()).isFalse();
                assertThat(new Select(d.findElement(By.id("speed"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("400");
                assertThat(new Select(d.findElement(By.id("switch"))).getFirstSelectedOption().getAttribute("value"))
                        .isEqualTo("minipack2-64x400g");
                String query = attr(d, "data-last-query");
                assertThat(query).contains("speed=400").doesNotContain("switch=");
                JsonNode api = get(server, "/api/compare?" + query);
                assertThat(api.get("switch").asText()).isEqualTo("minipack2-64x400g");
                assertThat(Double.parseDouble(figure(d, "cpoOpticsPowerKw")))
                        .isEqualTo(api.get("headline").get("cpoOpticsPowerKw").asDouble());
                assertThat(d.findElement(By.id("results")).getAttribute("class")).doesNotContain("stale");
                assertThat(d.findElement(By.id("scenario-description")).getText()).contains("Llama 3 405B");
                assertThat(Browser.consoleErrors(d)).isEmpty();
            } finally {
                d.quit();
            }
        }
    }

    /** After a 400 the previous numbers stay, greyed under a "not updated" notice, until the input works again. */
    @Test
    void staleResultsAreGreyedAfterA400() throws Exception {
        try (DashboardServer server = DashboardServer.start("127.0.0.1", 0, Catalogs.bundled())) {
            ChromeDriver d = Browser.start(tmp.resolve("profile"), 1280, 1500);
            try {
                d.get("http://127.0.0.1:" + server.port() + "/");
                waitFor(d).until(x -> !figure(d, "cpoOpticsPowerKw").isEmpty());
                String before = figure(d, "cpoOpticsPowerKw");
                assertThat(d.findElement(By.id("stale-notice")).isDisplayed()).isFalse();
                WebElement endpoints = d.findElement(By.id("endpoints"));
                endpoints.clear();
                endpoints.sendKeys("20000000");
                waitFor(d).until(x -> d.findElement(By.id("error")).isDisplayed());
                assertThat(d.findElement(By.id("error")).getText()).contains("HTTP 400").contains("field: endpoints");
                WebElement results = d.findElement(By.id("results"));
                assertThat(results.getAttribute("class")).contains("stale");
                assertThat(results.getCssValue("opacity")).isEqualTo("0.45");
                assertThat(d.findElement(By.id("stale-notice")).isDisplayed()).isTrue();
                assertThat(d.findElement(By.id("stale-notice")).getText()).startsWith("Not updated");
                assertThat(figure(d, "cpoOpticsPowerKw")).isEqualTo(before);
                endpoints.clear();
                endpoints.sendKeys("4096");
                waitFor(d).until(x -> !d.findElement(By.id("error")).isDisplayed()
                        && attr(d, "data-last-query").contains("endpoints=4096"));
                assertThat(d.findElement(By.id("results")).getAttribute("class")).doesNotContain("stale");
                assertThat(d.findElement(By.id("stale-notice")).isDisplayed()).isFalse();
                assertThat(Browser.consoleErrors(d)).allSatisfy(m -> assertThat(m).contains("400"));
            } finally {
                d.quit();
            }
        }
    }

    /** The address holds the whole state: opening it again gives the same inputs, language and numbers. */
    @Test
    void aPermalinkRestoresTheState() throws Exception {
        try (DashboardServer server = DashboardServer.start("127.0.0.1", 0, Catalogs.bundled())) {
            ChromeDriver d = Browser.start(tmp.resolve("profile"), 1280, 1500);
            try {
                String state = "scenario=broadcom-32k&endpoints=4096&speed=800&switch=tomahawk5-64x800g&tiers=0"
                        + "&archs=pluggable-dsp-800g%2Clpo-800g%2Ccpo-bailly-800g&override.cpo-bailly-800g.switchPortWatts=7"
                        + "&m.q=0.6&t.pue=1.2&map.switch=tomahawk6-128x800g&map.measure=tco&lang=zh-TW";
                d.get("http://127.0.0.1:" + server.port() + "/?" + state);
                waitFor(d).until(x -> attr(d, "data-last-query").contains("endpoints=4096")
                        && attr(d, "data-last-market-query").contains("q=0.6")
                        && attr(d, "data-last-map-query").contains("switch=tomahawk6-128x800g")
                        && attr(d, "data-last-tco-query").contains("endpoints=4096"));
                assertThat(d.findElement(By.id("endpoints")).getAttribute("value")).isEqualTo("4096");
                // the cost input moved and the map's measure come back; the map prices the same PUE
                assertThat(attr(d, "data-last-tco-query")).contains("tco.pue=1.2").doesNotContain("tco.lifetimeYears");
                assertThat(attr(d, "data-last-map-query")).contains("tco.pue=1.2");
                assertThat(d.findElement(By.id("t-pue")).getAttribute("value")).isEqualTo("1.2");
                assertThat(d.findElement(By.id("map-measure")).getAttribute("value")).isEqualTo("tco");
                waitFor(d).until(x -> "tco".equals(mapAttr(d, "data-metric")));
                assertThat(d.findElement(By.id("watts-cpo-bailly-800g")).getAttribute("value")).isEqualTo("7");
                assertThat(d.findElement(By.id("use-lpo-800g")).isSelected()).isTrue();
                assertThat(d.findElement(By.id("use-npo-800g")).isSelected()).isFalse();
                assertThat(d.findElement(By.id("m-q")).getAttribute("value")).isEqualTo("0.6");
                assertThat(d.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-TW");
                String query = attr(d, "data-last-query");
                assertThat(query).contains("override.cpo-bailly-800g.switchPortWatts=7").contains("archs=pluggable-dsp-800g%2Clpo-800g%2Ccpo-bailly-800g");
                JsonNode api = get(server, "/api/compare?" + query);
                assertThat(Double.parseDouble(figure(d, "cpoOpticsPowerKw")))
                        .isEqualTo(api.get("headline").get("cpoOpticsPowerKw").asDouble());
                // the address written back is the state: opening it again restores the same page
                String url = d.getCurrentUrl();
                assertThat(url).contains("m.q=0.6").contains("lang=zh-TW").contains("endpoints=4096")
                        .contains("t.pue=1.2").contains("map.measure=tco");
                d.get(url);
                waitFor(d).until(x -> attr(d, "data-last-query").equals(query));
                assertThat(Double.parseDouble(figure(d, "cpoOpticsPowerKw")))
                        .isEqualTo(api.get("headline").get("cpoOpticsPowerKw").asDouble());
                assertThat(Browser.consoleErrors(d)).isEmpty();
            } finally {
                d.quit();
            }
        }
    }

    /** The dashboard at 1,280 px in both languages, with names and units in its headers and the cluster on the map. */
    @Test
    void dashboardFitsIn1280PxInBothLanguagesAndSpeaksChinese() throws Exception {
        try (DashboardServer server = DashboardServer.start("127.0.0.1", 0, Catalogs.bundled())) {
            ChromeDriver d = Browser.start(tmp.resolve("profile"), 1280, 1400);
            try {
                d.get("http://127.0.0.1:" + server.port() + "/");
                waitFor(d).until(x -> !figure(d, "cpoOpticsPowerKw").isEmpty()
                        && !d.findElement(By.id("chart-map")).getAttribute("data-cells").isEmpty());
                assertThat(PageChecks.horizontalOverflow(d)).as("dashboard wider than 1,280 px (en)").isLessThanOrEqualTo(0);
                String header = d.findElement(By.cssSelector("#compare-table thead")).getText();
                assertThat(header).contains("Optics power (kW)").contains("Optics capex (US$M)").doesNotContain("opticsPowerKw");
                assertThat(d.findElement(By.cssSelector("#compare-table tbody")).getText()).contains("CPO 800G, Bailly");
                // the cluster of the form is marked on the map, at the column nearest its 8,192 endpoints
                WebElement map = d.findElement(By.id("chart-map"));
                long marked = Long.parseLong(map.getAttribute("data-cluster-endpoints"));
                JsonNode m = get(server, "/api/sweep-map?" + attr(d, "data-last-map-query"));
                long nearest = -1;
                for (JsonNode e : m.get("endpoints")) {
                    if (nearest < 0 || Math.abs(Math.log(e.asDouble() / 8192)) < Math.abs(Math.log(nearest / 8192.0))) {
                        nearest = e.asLong();
                    }
                }
                assertThat(marked).isEqualTo(nearest);
                // the market runs with the report's seed and trials
                assertThat(d.findElement(By.id("market-line")).getAttribute("data-seed"))
                        .isEqualTo(String.valueOf(org.cpolens.model.scenario.RunDefaults.SEED));
                assertThat(d.findElement(By.id("market-line")).getAttribute("data-trials"))
                        .isEqualTo(String.valueOf(org.cpolens.model.scenario.RunDefaults.MARKET_TRIALS));
                // untouched knobs are not sent: the panel's P50 is the one analyze and cpolens market print
                waitFor(d).until(x -> !figure(d, "marketP50").isEmpty());
                String marketQuery = d.findElement(By.tagName("body")).getAttribute("data-last-market-query");
                assertThat(marketQuery).doesNotContain("p=").doesNotContain("learningRate=");
                JsonNode plain = get(server, "/api/market?" + marketQuery);
                JsonNode lastYear = plain.get("years").get(plain.get("years").size() - 1);
                assertThat(Double.parseDouble(figure(d, "marketP50"))).isCloseTo(lastYear.get("p50").asDouble() / 1e6,
                        org.assertj.core.data.Offset.offset(1e-6));
                StringWriter cliOut = new StringWriter();
                assertThat(Main.run(new PrintWriter(cliOut), new PrintWriter(new StringWriter()),
                        "market", "--scenario", "broadcom-32k", "--format", "json")).isZero();
                JsonNode cliYears = Json.MAPPER.readTree(cliOut.toString()).get("years");
                assertThat(cliYears.get(cliYears.size() - 1).get("p50").asDouble()).isEqualTo(lastYear.get("p50").asDouble());

                waitFor(d).until(x -> !figure(d, "tcoAdvantage").isEmpty());
                d.findElement(By.id("lang-zh-TW")).click();
                waitFor(d).until(x -> d.findElement(By.cssSelector("#compare-table thead")).getText().contains("光學功耗（kW）"));
                assertThat(d.findElement(By.id("fig-tcoAdvantage-label")).getText()).contains("優勢").contains("（");
                assertThat(d.findElement(By.cssSelector("#tco-panel h2")).getText()).contains("總持有成本");
                assertThat(d.findElement(By.cssSelector("#controls h2")).getText()).isEqualTo("叢集");
                assertThat(d.findElement(By.cssSelector("#fig-cpoOpticsPowerKw .label")).getText()).contains("光學功耗");
                assertThat(PageChecks.horizontalOverflow(d)).as("dashboard wider than 1,280 px (zh-TW)").isLessThanOrEqualTo(0);
                assertThat(PageChecks.asciiOnlyLabelsChecked(d)).as("English-only labels in the zh-TW dashboard").isEmpty();
                assertThat(d.getCurrentUrl()).contains("lang=zh-TW");
                shot(d, "dashboard-zh-TW.png");
                js(d, "document.getElementById('tco-panel').scrollIntoView()");
                shot(d, "dashboard-tco-zh-TW.png");
                assertThat(Browser.consoleErrors(d)).isEmpty();
            } finally {
                d.quit();
            }
        }
    }

    private static JsonNode get(DashboardServer server, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }
}
