package org.cpolens.io.revenue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cpolens.io.CatalogLoader;
import org.cpolens.io.CompanyCatalogLoader;
import org.cpolens.io.Node;
import org.cpolens.io.Suggest;
import org.cpolens.io.YamlDoc;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Status;
import org.cpolens.model.signals.Event;
import org.cpolens.model.signals.EventKind;
import org.cpolens.model.signals.Watchlist;
import org.cpolens.model.supply.Company;
import org.cpolens.model.supply.SupplyChain;

/**
 * The events log ({@code events.yaml}) and the watchlists ({@code watchlists.yaml}), bundled, with
 * a {@code --catalog DIR}'s files of the same names on top: its events are added, its watchlists
 * add or replace by id, and its {@code companies.yaml} changes the watchlists derived from the supply
 * catalog. A watchlist either lists its tickers or says {@code derive: supply-catalog}: every
 * company of the supply catalog listed in Taiwan (TWSE or TPEx), in catalog order.
 */
public final class SignalsCatalog {
    public static final String EVENTS = "events.yaml";
    public static final String WATCHLISTS = "watchlists.yaml";
    public static final String DEFAULT_WATCHLIST = "supply-chain";
    /** The one derivation there is: the Taiwan-listed companies of {@code companies.yaml}. */
    public static final String DERIVE_SUPPLY = "supply-catalog";
    static final List<String> TAIWAN_MARKETS = List.of("TWSE", "TPEx");

    private final List<Event> events;
    private final Map<String, Watchlist> watchlists;

    private SignalsCatalog(List<Event> events, Map<String, Watchlist> watchlists) {
        this.events = List.copyOf(events);
        this.watchlists = watchlists;
    }

    /** The bundled files with {@code userDir}'s on top; null for the bundled ones alone. A missing folder is an error. */
    public static SignalsCatalog load(Path userDir) {
        if (userDir != null && !Files.isDirectory(userDir)) {
            throw new InputException(userDir.toString(), "--catalog", userDir, "not a directory",
                    "give a folder holding " + EVENTS + ", " + WATCHLISTS + " and/or " + CompanyCatalogLoader.FILE);
        }
        SupplyChain chain = CompanyCatalogLoader.load(userDir);
        List<Event> events = new ArrayList<>(events(CatalogLoader.bundledDoc(EVENTS)));
        Map<String, Watchlist> lists = new LinkedHashMap<>(watchlists(CatalogLoader.bundledDoc(WATCHLISTS), chain));
        if (userDir != null) {
            Path e = userDir.resolve(EVENTS);
            if (Files.exists(e)) {
                events.addAll(events(YamlDoc.read(e)));
            }
            Path w = userDir.resolve(WATCHLISTS);
            if (Files.exists(w)) {
                lists.putAll(watchlists(YamlDoc.read(w), chain));
            }
        }
        return new SignalsCatalog(events, lists);
    }

    public static SignalsCatalog bundled() {
        return load(null);
    }

    public static List<Event> bundledEvents() {
        return bundled().events();
    }

    public List<Event> events() {
        return events;
    }

    public Map<String, Watchlist> watchlists() {
        return watchlists;
    }

    /** One watchlist by id; an unknown id is a user error with "maybe you meant". */
    public Watchlist watchlist(String id) {
        Watchlist w = watchlists.get(id);
        if (w == null) {
            throw InputException.field("--watchlist", id, "no such watchlist", Suggest.hint(id, watchlists.keySet()));
        }
        return w;
    }

    static List<Event> events(YamlDoc doc) {
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

    static Map<String, Watchlist> watchlists(YamlDoc doc, SupplyChain chain) {
        Node root = doc.root().expectKeys("watchlists");
        Map<String, Watchlist> out = new LinkedHashMap<>();
        for (Node n : root.require("watchlists").elements()) {
            n.expectKeys("id", "name", "tickers", "derive", "source", "status", "note");
            String id = n.require("id").text().trim();
            Node name = n.require("name").expectKeys("en", "zh-TW");
            List<String> tickers = new ArrayList<>();
            if (n.has("derive") == n.has("tickers")) {
                throw n.error("give either 'tickers: [...]' or 'derive: " + DERIVE_SUPPLY + "'",
                        "a watchlist lists its companies or takes them from the supply catalog");
            }
            if (n.has("derive")) {
                n.child("derive").oneOf(List.of(DERIVE_SUPPLY));
                for (Company c : chain.companies()) {
                    if (TAIWAN_MARKETS.contains(c.listing().market())) {
                        tickers.add(c.ticker());
                    }
                }
            } else {
                for (Node t : n.require("tickers").elements()) {
                    String code = t.text().trim();
                    if (tickers.contains(code)) {
                        throw t.error("listed twice", "keep one");
                    }
                    tickers.add(code);
                }
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
