package org.cpolens.io.revenue;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cpolens.model.InputException;
import org.cpolens.model.signals.FilingDeadline;

/**
 * Downloads MOPS's monthly revenue CSVs month by month and market by market, one request at a time,
 * into a {@link RevenueArchive}. Months already complete in the archive are skipped, so an
 * interrupted run is resumed by running it again. A month answered with 404 or a header-only file
 * is not published (yet) and is noted, not stored. Each downloaded file is parsed before it is kept:
 * it must be a revenue table of the month and market asked for.
 */
public final class HistoryFetch {
    /** MOPS's archive host; {@code --base-url} replaces it (a mirror, or a test server). */
    public static final String DEFAULT_BASE = "https://mopsov.twse.com.tw";

    private HistoryFetch() {
    }

    /** What one run did. */
    public record Result(List<RevenueArchive.Entry> fetched, List<RevenueArchive.Entry> skipped, List<String> notes,
                         int requests) {
        public Result {
            fetched = List.copyOf(fetched);
            skipped = List.copyOf(skipped);
            notes = List.copyOf(notes);
        }
    }

    /** The archive URL of one market's month, as community tools document the route. */
    public static URI uri(String base, Market market, YearMonth month) {
        String b = base == null ? DEFAULT_BASE : base;
        String s = (b.endsWith("/") ? b.substring(0, b.length() - 1) : b)
                + "/server-java/FileDownLoad?step=9&functionName=show_file2&filePath=%2Ft21%2F" + market.mopsFolder()
                + "%2F&fileName=t21sc03_" + (month.getYear() - 1911) + "_" + month.getMonthValue() + ".csv";
        return RevenueFetcher.checked(b, s, DEFAULT_BASE);
    }

    /** Checks a range before anything is requested: in order, and over before today. */
    public static void checkRange(YearMonth from, YearMonth to, LocalDate today) {
        if (to.isBefore(from)) {
            throw InputException.field("--to", to, "is before --from " + from, "give --from first, then a later --to");
        }
        if (from.isBefore(YearMonth.of(1999, 1))) {
            throw InputException.field("--from", from, "is before the archive starts",
                    "MOPS keeps monthly files from the early 2000s on; start at 2013-01 or later for both markets");
        }
        YearMonth lastOver = YearMonth.from(today).minusMonths(1);
        if (to.isAfter(lastOver)) {
            throw InputException.field("--to", to, "is not over yet (today is " + today + ")",
                    "the latest month that can be filed is " + lastOver + " (due by " + FilingDeadline.dueDate(lastOver) + ")");
        }
    }

    public static Result run(RevenueArchive archive, RevenueFetcher fetcher, String base, List<Market> markets,
                             YearMonth from, YearMonth to, LocalDate today, Consumer<String> progress) {
        checkRange(from, to, today);
        List<RevenueArchive.Entry> fetched = new ArrayList<>();
        List<RevenueArchive.Entry> skipped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            for (Market market : markets) {
                var done = archive.complete(market, m);
                if (done.isPresent()) {
                    skipped.add(done.get());
                    continue;
                }
                URI u = uri(base, market, m);
                progress.accept(market.word() + " " + m + " <- " + u);
                RevenueFetcher.Download d = fetcher.download(u);
                String due = FilingDeadline.isDue(m, today) ? "" : " (not due until " + FilingDeadline.dueDate(m) + ")";
                if (!d.found()) {
                    notes.add(market.word() + " " + m + ": HTTP 404, no file" + due + "; run again later to fetch it");
                    continue;
                }
                ParsedRevenueFile p = RevenueFileParser.parse(u.toString(), d.body(), today);
                if (p.isEmpty()) {
                    notes.add(market.word() + " " + m + ": header only, not published yet" + due
                            + "; run again later to fetch it");
                    continue;
                }
                for (ParsedRow r : p.rows()) {
                    if (!r.row().month().equals(m)) {
                        throw new InputException(r.where(), RevenueColumns.MONTH, RocDates.rocMonth(r.row().month()),
                                "the file asked for " + m + " (" + market.word() + ") holds a row of " + r.row().month(),
                                "check --base-url: the server answered with another month's file");
                    }
                }
                fetched.add(archive.store(market, m, u.toString(), d.body(), d.fetchedAt()));
            }
        }
        return new Result(fetched, skipped, notes, fetcher.requests());
    }
}
