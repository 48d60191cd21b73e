package org.cpolens.io.revenue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpolens.io.CatalogLoader;
import org.cpolens.io.Node;
import org.cpolens.io.Suggest;
import org.cpolens.io.YamlDoc;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.signals.Event;
import org.cpolens.model.signals.EventKind;
import org.cpolens.model.signals.Watchlist;

/** Loads the bundled events log ({@code events.yaml}) and watchlists ({@code watchlists.yaml}). */
public final class SignalsCatalog {
    public static final String EVENTS = "events.yaml";
    public static final String WATCHLISTS = "watchlists.yaml";
    public static final String DEFAULT_WATCHLIST = "supply-chain";

    private SignalsCatalog() {
    }

    public static List<Event> bundledEvents() {
        return events(CatalogLoader.bundledDoc(EVENTS));
    }

    public static Map<String, Watchlist> bundledWatchlists() {
        return watchlists(CatalogLoader.bundledDoc(WATCHLISTS));
    }

    /** One bundled watchlist by id; an unknown id is a user error with "maybe you meant". */
    public static Watchlist watchlist(String id) {
        Map<String, Watchlist> all = bundledWatchlists();
        Watchlist w = all.get(id);
        if (w == null) {
            throw InputException.field("--watchlist", id, "no such watchlist", Suggest.hint(id, all.keySet()));
        }
        return w;
    }

    public static List<Event> events(YamlDoc doc) {
        Node root = doc.root().expectKeys("events");
        List<Event> out = new ArrayList<>();
        for (Node n : root.require("events").elements()) {
            n.expectKeys("date", "ticker", "kind", "text", "source", "status", "note");
            Node dateNode = n.require("date");
            String date = dateNode.text().trim();
            YearMonth month = parseDate(dateNode, date);
            String ticker = n.require("ticker").text().trim();
            Node kindNode = n.require("kind");
            EventKind kind = EventKind.fromWord(kindNode.text().trim())
                    .orElseThrow(() -> kindNode.error("not an event kind", Suggest.hint(kindNode.text(), EventKind.words())));
            Node text = n.require("text").expectKeys("en", "zh-TW");
            Status status = CatalogLoader.status(n.require("status"));
            out.add(new Event(date, month, ticker, kind, text.require("en").text(), text.require("zh-TW").text(),
                    CatalogLoader.source(n), status));
        }
        return out;
    }

    private static YearMonth parseDate(Node n, String date) {
        try {
            if (date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return YearMonth.from(LocalDate.parse(date));
            }
            if (date.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(date);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw n.error("not a date", "write YYYY-MM-DD, or YYYY-MM when the source gives only the month (quote it)");
    }

    public static Map<String, Watchlist> watchlists(YamlDoc doc) {
        Node root = doc.root().expectKeys("watchlists");
        Map<String, Watchlist> out = new LinkedHashMap<>();
        for (Node n : root.require("watchlists").elements()) {
            n.expectKeys("id", "name", "tickers", "source", "status", "note");
            String id = n.require("id").text().trim();
            Node name = n.require("name").expectKeys("en", "zh-TW");
            List<String> tickers = new ArrayList<>();
            for (Node t : n.require("tickers").elements()) {
                String code = t.text().trim();
                if (tickers.contains(code)) {
                    throw t.error("listed twice", "keep one");
                }
                tickers.add(code);
            }
            if (out.containsKey(id)) {
                throw n.child("id").error("the same id appears twice", "give each watchlist its own id");
            }
            CatalogLoader.status(n.require("status"));
            out.put(id, new Watchlist(id, name.require("en").text(), name.require("zh-TW").text(), tickers,
                    CatalogLoader.source(n)));
        }
        return out;
    }
}
