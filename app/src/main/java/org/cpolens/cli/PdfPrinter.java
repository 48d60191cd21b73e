package org.cpolens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cpolens.model.InputException;

/**
 * Prints report.html to PDF with headless Chromium: the page's print stylesheet lays it out (A4
 * landscape, a page per section, wrapped tables). Chromium is found at {@code $CPOLENS_CHROMIUM},
 * else Debian's {@code /usr/bin/chromium}; nothing is downloaded.
 */
final class PdfPrinter {
    static final Path DEFAULT = Path.of("/usr/bin/chromium");
    /** System property naming Chromium, checked before {@code $CPOLENS_CHROMIUM}. */
    static final String PROPERTY = "cpolens.chromium";
    /** Longest a print may take before it is stopped. */
    static final long TIMEOUT_SECONDS = 120;

    private final Path chromium;

    private PdfPrinter(Path chromium) {
        this.chromium = chromium;
    }

    /** The printer, or a one-line error naming --pdf and how to get Chromium. */
    static PdfPrinter find() {
        String given = System.getProperty(PROPERTY, System.getenv("CPOLENS_CHROMIUM"));
        Path p = given == null || given.isBlank() ? DEFAULT : Path.of(given);
        if (!Files.isExecutable(p)) {
            throw new InputException(null, "--pdf", p, "needs headless Chromium, which is not installed there",
                    "install it (Debian: apt-get install chromium) or set CPOLENS_CHROMIUM to its path; "
                            + "report.html prints to PDF from any browser too");
        }
        return new PdfPrinter(p);
    }

    /** Prints {@code html} (a file) to {@code pdf}. */
    void print(Path html, Path pdf, Path profile) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-sync",
                "--disable-component-update", "--hide-scrollbars", "--no-pdf-header-footer",
                "--user-data-dir=" + profile.toAbsolutePath(),
                // the width the print layout has on A4 landscape at 96 dpi, so charts are drawn to fit
                "--window-size=1060,1400", "--virtual-time-budget=10000", "--run-all-compositor-stages-before-draw",
                "--print-to-pdf=" + pdf.toAbsolutePath(), html.toAbsolutePath().toUri().toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("Chromium did not finish printing in " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Chromium printed the PDF", e);
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
            throw new IOException("Chromium (" + chromium + ") exited with " + p.exitValue() + " and wrote no PDF");
        }
    }
}
