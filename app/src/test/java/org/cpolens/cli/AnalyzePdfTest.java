package org.cpolens.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cpolens.report.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --pdf}: headless Chromium prints the report, a section from the top of each page. */
class AnalyzePdfTest {
    @TempDir
    Path tmp;

    @AfterEach
    void clear() {
        System.clearProperty(PdfPrinter.PROPERTY);
    }

    private static void assumeChromium() {
        boolean ok = Files.isExecutable(PdfPrinter.DEFAULT);
        String why = "analyze --pdf needs " + PdfPrinter.DEFAULT + " (Debian: apt-get install chromium)";
        if (!ok && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but " + why);
        }
        Assumptions.assumeTrue(ok, why + "; skipped on this machine");
    }

    /** The section titles of a report, in order, from the data the page carries. */
    private static List<String> sectionTitles(Path html) throws Exception {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"report-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(Files.readString(html));
        assertThat(m.find()).isTrue();
        List<String> titles = new ArrayList<>();
        for (JsonNode s : Json.MAPPER.readTree(m.group(1)).get("sections")) {
            titles.add(s.get("title").get("en").asText());
        }
        return titles;
    }

    @Test
    void thePdfStartsEverySectionOnANewPage() throws Exception {
        assumeChromium();
        Path out = tmp.resolve("report");
        CliRun r = CliRun.of("analyze", "--out", out.toString(), "--pdf", "--db", tmp.resolve("none.mv.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path pdf = out.resolve("report.pdf");
        assertThat(r.out()).contains("pdf:     " + pdf.toAbsolutePath().normalize());
        assertThat(r.err()).contains("printing report.pdf with headless Chromium");
        List<String> titles = sectionTitles(out.resolve("report.html"));
        assertThat(titles).startsWith("Key takeaways").endsWith("Sources", "Glossary");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // A4 landscape: wider than tall, 297 x 210 mm
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(842f, org.assertj.core.data.Offset.offset(2f));
            assertThat(box.getHeight()).isCloseTo(595f, org.assertj.core.data.Offset.offset(2f));
            PDFTextStripper text = new PDFTextStripper();
            List<String> starts = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                String first = text.getText(doc).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
                if (titles.contains(first)) {
                    starts.add(first);
                }
            }
            // every section opens a page of its own, in the report's order, and no title opens two
            assertThat(starts).containsExactlyElementsOf(titles);
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(titles.size());
        }
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("report.html", "report.xlsx", "summary.json", "report.pdf");
        }
    }

    @Test
    void withoutChromiumItSaysSoAndWritesNothing() throws Exception {
        System.setProperty(PdfPrinter.PROPERTY, tmp.resolve("no-chromium-here").toString());
        Path out = tmp.resolve("report");
        CliRun r = CliRun.of("analyze", "--out", out.toString(), "--pdf", "--db", tmp.resolve("none.mv.db").toString());
        assertThat(r.code()).isEqualTo(Main.USER_ERROR);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).contains("--pdf").contains("no-chromium-here").contains("apt-get install chromium")
                .doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }
}
