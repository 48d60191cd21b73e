package org.cpolens.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    @Test
    void selfContainedWithBothLanguages() {
        ReportModel m = ReportFixture.report();
        String html = HtmlReport.render(m, "zh-TW");
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-TW\">");
        // the charting library is inlined, nothing is fetched
        assertThat(html).contains("echarts").doesNotContain("<script src").doesNotContain("<link ");
        assertThat(Pattern.compile("(src|href)=\"https?:").matcher(html).find()).isFalse();
        // both languages travel with the page, for every section
        for (Section s : m.sections()) {
            assertThat(html).contains(s.title().en()).contains(s.title().zhTw());
        }
        assertThat(HtmlReport.render(m, "en")).contains("<html lang=\"en\">");
        assertThat(HtmlReport.render(m, "fr")).contains("<html lang=\"en\">");
    }

    @Test
    void textFromInputsCannotBecomeMarkup() {
        String evil = "</script><script>alert(1)</script><img src=x onerror=alert(2)>";
        Section s = new Section("market", Text.of(evil, evil), List.of(Paragraph.of(evil, evil),
                new DataTable("t", Text.same(evil), List.of(Column.of("a", evil, evil, evil)),
                        List.of(List.<Object>of(evil)))));
        ReportModel m = ReportFixture.builder(1).add(s, List.of(), List.of()).build();
        ReportModel named = new ReportModel(evil, 1, m.sections(), m.sources(), Map.of());
        String html = HtmlReport.render(named, "en");
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(html).contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)");
        assertThat(html).contains("<title>CPO Lens report: &lt;/script&gt;");
        // exactly the page's own script elements
        assertThat(html.split("<script", -1)).hasSize(5);
    }

    @Test
    void placeholdersAreFilledOnce() {
        assertThat(HtmlReport.fill("a@@X@@b@@Y@@c", Map.of("X", "@@Y@@", "Y", "2"))).isEqualTo("a@@Y@@b2c");
    }
}
