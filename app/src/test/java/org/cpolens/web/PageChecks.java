package org.cpolens.web;

import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/** Checks of a rendered page that hold for the report and the dashboard alike. */
final class PageChecks {
    private PageChecks() {
    }

    /** Pixels the page is wider than the window (0: no horizontal scroll bar). */
    static long horizontalOverflow(ChromeDriver d) {
        Object o = ((JavascriptExecutor) d).executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth;");
        return ((Number) o).longValue();
    }

    /**
     * Visible text with English words and no Chinese, in a page that says it is zh-TW. Allowed:
     * text in {@code code} (ids), {@code cite}/{@code .cite} or {@code lang="en"} (citations and the
     * English button), and words that read the same in Taiwan's technical press: units, upper-case
     * acronyms and tickers (CPO, LPO, DSP, TSMC, P50, 800G) and the proper names below (companies,
     * products and accelerator platforms such as NVIDIA Vera Rubin or AMD Instinct, which Taiwan's
     * press writes in Latin letters).
     */
    /**
     * {@link #asciiOnlyLabels} after checking, on the page itself, that it catches an English
     * label: a check that could not fail would prove nothing.
     */
    static List<String> asciiOnlyLabelsChecked(ChromeDriver d) {
        JavascriptExecutor js = d;
        js.executeScript("var p = document.createElement('p'); p.id = 'planted-label'; p.textContent = 'Optics power';"
                + " document.body.insertBefore(p, document.body.firstChild);");
        List<String> planted = asciiOnlyLabels(d);
        js.executeScript("document.getElementById('planted-label').remove();");
        if (!planted.contains("Optics power")) {
            throw new AssertionError("the label check missed a planted English label: " + planted);
        }
        return asciiOnlyLabels(d);
    }

    @SuppressWarnings("unchecked")
    static List<String> asciiOnlyLabels(ChromeDriver d) {
        String script = """
                var UNITS = ['kW', 'W', 'MW', 'mm', 'm', 'ns', 'h', 'd', 'min', 's', 'x', 'pJ/bit', 'Gb/s', 'Tb/s',
                  'Gb/s/mm', 'GPU-h', 'US$M', 'US$B', 'US$', 'NT$M', 'NT$', 'RU', 'FIT', 'kW/port', 'W/port'];
                var NAMES = ['Broadcom', 'NVIDIA', 'Tomahawk', 'Bailly', 'Humboldt', 'Davisson', 'Quantum-X', 'Spectrum-X',
                  'Photonics', 'Minipack2-class', 'Meta', 'Llama', 'AIReSim', 'Morgan', 'Stanley', 'J.P.', 'TrendForce',
                  'Yole', 'LightCounting', 'Clos', 'InfiniBand', 'Lens', 'Bass', 'TPEx', 'p10', 'p50', 'p90',
                  'Gen', 'Q3450-LD', 'H100s', 'SerDes',
                  'Hopper', 'Blackwell', 'Vera', 'Rubin', 'Ultra', 'Kyber', 'Feynman', 'Google', 'Trainium', 'Instinct',
                  'Helios', 'Ironwood'];
                var out = [];
                var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                var node;
                while ((node = walker.nextNode())) {
                  var s = node.nodeValue.trim();
                  var el = node.parentElement;
                  if (!s || !el || el.closest('code, cite, .cite, [lang="en"], script, style, noscript, title, option')) { continue; }
                  if (/[\\u3400-\\u9fff\\uf900-\\ufaff]/.test(s)) { continue; }
                  if (el.getClientRects().length === 0) { continue; }
                  var cs = getComputedStyle(el);
                  if (cs.visibility === 'hidden' || cs.display === 'none' || Number(cs.opacity) === 0) { continue; }
                  var words = s.match(/[A-Za-z][A-Za-z0-9$.'&+\\-\\/]*/g) || [];
                  var bad = words.filter(function (w) {
                    var t = w.replace(/[.,;:]+$/, '');
                    return UNITS.indexOf(t) < 0 && NAMES.indexOf(t) < 0 && !/^[A-Z0-9][A-Z0-9&.+\\-\\/$]*$/.test(t);
                  });
                  if (bad.length) { out.push(s); }
                }
                return out;
                """;
        return (List<String>) ((JavascriptExecutor) d).executeScript(script);
    }
}
