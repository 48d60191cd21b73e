package org.cpolens.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;

/**
 * Renders a {@link ReportModel} as one self-contained HTML file: the ECharts library, the style
 * sheet, the rendering script and the report data (both languages) are all inlined, so the file
 * opens offline from disk. The script builds the page with {@code textContent} only, and the data
 * island escapes {@code < > &}, so no text from a scenario or catalog can become markup.
 */
public final class HtmlReport {
    /** The ECharts build inside the webjar declared in app/pom.xml. */
    public static final String ECHARTS_RESOURCE = "/META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private HtmlReport() {
    }

    /** @param lang the language the page opens in: "en" or "zh-TW" (the reader can switch) */
    public static String render(ReportModel model, String lang) {
        String initial = "zh-TW".equalsIgnoreCase(lang) ? "zh-TW" : "en";
        Map<String, String> values = new LinkedHashMap<>();
        values.put("LANG", initial);
        values.put("TITLE", StringEscapeUtils.escapeHtml4("CPO Lens report: " + model.scenario()));
        values.put("CSS", resource("/report/report.css"));
        values.put("ECHARTS", scriptSafe(resource(ECHARTS_RESOURCE)));
        values.put("JS", scriptSafe(resource("/report/report.js")));
        values.put("DATA", dataIsland(Json.write(ReportJson.of(model))));
        return fill(resource("/report/report.html"), values);
    }

    /** JSON placed inside a script element: no character of it can close the element or start markup. */
    static String dataIsland(String json) {
        StringBuilder sb = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Inlined scripts must not contain the end tag of their element. */
    static String scriptSafe(String js) {
        return js.replace("</script", "<\\/script").replace("<!--", "<\\!--");
    }

    /** Replaces each {@code @@NAME@@} of the template in one pass: inserted text is never scanned again. */
    static String fill(String template, Map<String, String> values) {
        StringBuilder sb = new StringBuilder(template.length() + 1_200_000);
        int i = 0;
        while (true) {
            int start = template.indexOf("@@", i);
            if (start < 0) {
                sb.append(template, i, template.length());
                break;
            }
            int end = template.indexOf("@@", start + 2);
            if (end < 0) {
                throw new IllegalStateException("unclosed placeholder in the report template");
            }
            String key = template.substring(start + 2, end);
            String v = values.get(key);
            if (v == null) {
                throw new IllegalStateException("the report template asks for unknown placeholder " + key);
            }
            sb.append(template, i, start).append(v);
            i = end + 2;
        }
        return sb.toString();
    }

    /** A text resource from the jar (the template, the script, ECharts). */
    public static String resource(String path) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
