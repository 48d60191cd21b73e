package org.cpolens.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report model as plain maps and lists, the data the HTML report's script renders. Field names
 * are camelCase and ordered as built, so the same model gives the same bytes.
 */
public final class ReportJson {
    private ReportJson() {
    }

    public static Map<String, Object> of(ReportModel m) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", m.scenario());
        root.put("seed", m.seed());
        List<Object> sections = new ArrayList<>();
        for (Section s : m.sections()) {
            sections.add(section(s));
        }
        root.put("sections", sections);
        root.put("summary", m.summary());
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("asOf", m.provenance().asOf());
        prov.put("toolVersion", m.provenance().toolVersion());
        prov.put("catalogDigest", m.provenance().catalogDigest());
        prov.put("seed", m.provenance().seed());
        root.put("provenance", prov);
        root.put("units", units(m));
        Map<String, Object> statuses = new LinkedHashMap<>();
        for (String w : Names.STATUS_ORDER) {
            statuses.put(w, text(Names.status(w)));
        }
        root.put("statuses", statuses);
        root.put("words", words(m));
        Map<String, Object> names = new LinkedHashMap<>();
        m.names().forEach((id, t) -> names.put(id, text(t)));
        root.put("names", names);
        return root;
    }

    public static Map<String, Object> section(Section s) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", s.id());
        o.put("title", text(s.title()));
        List<Object> blocks = new ArrayList<>();
        for (Block b : s.blocks()) {
            blocks.add(block(b));
        }
        o.put("blocks", blocks);
        return o;
    }

    public static Map<String, Object> block(Block b) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (b instanceof DataTable t) {
            o.put("type", "table");
            o.put("id", t.id());
            o.put("title", text(t.title()));
            List<Object> cols = new ArrayList<>();
            for (Column c : t.columns()) {
                Map<String, Object> col = new LinkedHashMap<>();
                col.put("key", c.key());
                col.put("header", text(c.header()));
                col.put("unit", c.unit());
                cols.add(col);
            }
            o.put("columns", cols);
            List<Object> rows = new ArrayList<>();
            for (List<Object> r : t.rows()) {
                List<Object> row = new ArrayList<>();
                for (Object cell : r) {
                    row.add(cell(cell));
                }
                rows.add(row);
            }
            o.put("rows", rows);
        } else if (b instanceof Chart c) {
            o.put("type", "chart");
            o.put("id", c.id());
            o.put("title", text(c.title()));
            o.put("kind", c.kind().name());
            o.put("categories", c.categories().stream().map(ReportJson::text).toList());
            List<Object> series = new ArrayList<>();
            for (Series s : c.series()) {
                Map<String, Object> so = new LinkedHashMap<>();
                so.put("name", text(s.name()));
                List<Object> values = new ArrayList<>();
                for (double v : s.values()) {
                    values.add(cell(v));
                }
                so.put("values", values);
                so.put("stack", s.stack() == null ? "" : s.stack());
                series.add(so);
            }
            o.put("series", series);
            o.put("valueAxis", c.valueAxis() == null ? text(Text.same("")) : text(c.valueAxis()));
            o.put("unit", c.unit() == null ? "" : c.unit());
            o.put("source", text(c.source()));
        } else if (b instanceof GraphChart g) {
            o.put("type", "graph");
            o.put("id", g.id());
            o.put("title", text(g.title()));
            List<Object> nodes = new ArrayList<>();
            for (GraphChart.Node n : g.nodes()) {
                Map<String, Object> no = new LinkedHashMap<>();
                no.put("id", n.id());
                no.put("label", text(n.label()));
                no.put("category", n.category());
                no.put("size", cell(n.size()));
                nodes.add(no);
            }
            o.put("nodes", nodes);
            List<Object> edges = new ArrayList<>();
            for (GraphChart.Edge e : g.edges()) {
                Map<String, Object> eo = new LinkedHashMap<>();
                eo.put("from", e.from());
                eo.put("to", e.to());
                eo.put("label", e.label() == null ? null : text(e.label()));
                edges.add(eo);
            }
            o.put("edges", edges);
            o.put("categories", g.categories().stream().map(ReportJson::text).toList());
        } else if (b instanceof Paragraph p) {
            o.put("type", "paragraph");
            o.put("text", text(p.text()));
        } else if (b instanceof Callout c) {
            o.put("type", "callout");
            o.put("kind", c.kind());
            o.put("text", text(c.text()));
        } else if (b instanceof KeyFigures k) {
            o.put("type", "keyFigures");
            List<Object> figs = new ArrayList<>();
            for (KeyFigures.KeyFigure f : k.figures()) {
                Map<String, Object> fo = new LinkedHashMap<>();
                fo.put("key", f.key());
                fo.put("label", text(f.label()));
                fo.put("value", cell(f.value()));
                fo.put("unit", f.unit());
                fo.put("source", f.source());
                fo.put("sourceText", text(f.sourceText()));
                fo.put("status", f.status());
                fo.put("statusText", text(Names.status(f.status())));
                fo.put("better", f.better().name());
                List<Object> refs = new ArrayList<>();
                for (KeyFigures.Reference r : f.references()) {
                    Map<String, Object> ro = new LinkedHashMap<>();
                    ro.put("role", r.role().name());
                    ro.put("name", text(r.name()));
                    ro.put("value", cell(r.value()));
                    refs.add(ro);
                }
                fo.put("references", refs);
                figs.add(fo);
            }
            o.put("figures", figs);
        }
        return o;
    }

    /**
     * How each unit the report uses reads for each reader, with the factor to the display unit
     * (US$M for money, 億元 for Taiwan revenue in Chinese): the page shows, the data keep.
     */
    static Map<String, Object> units(ReportModel m) {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (Section s : m.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof DataTable t) {
                    t.columns().forEach(c -> seen.add(c.unit()));
                    for (int i = 0; i < t.columns().size(); i++) {
                        String key = t.columns().get(i).key();
                        if (key.equals("unit") || key.equals("currency")) {
                            for (List<Object> r : t.rows()) {
                                if (r.get(i) instanceof String u) {
                                    seen.add(u);
                                }
                            }
                        }
                    }
                } else if (b instanceof Chart c) {
                    seen.add(c.unit() == null ? "" : c.unit());
                } else if (b instanceof KeyFigures k) {
                    k.figures().forEach(f -> seen.add(f.unit()));
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String u : seen) {
            if (u == null || u.isEmpty()) {
                continue;
            }
            Names.UnitLabel l = Names.unit(u);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("label", text(l.label()));
            o.put("enScale", l.enScale());
            o.put("zhScale", l.zhScale());
            out.put(u, o);
        }
        return out;
    }

    /**
     * The Chinese of short English words other sections leave in cells and series names (kinds,
     * roles, forecast names with their case), for every such string the report holds.
     */
    static Map<String, Object> words(ReportModel m) {
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (Section s : m.sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof DataTable t) {
                    for (List<Object> r : t.rows()) {
                        for (Object v : r) {
                            if (v instanceof String x) {
                                seen.add(x);
                            } else if (v instanceof Text x && x.en().equals(x.zhTw())) {
                                seen.add(x.en());
                            }
                        }
                    }
                } else if (b instanceof Chart c) {
                    c.series().forEach(x -> seen.add(x.name().zhTw()));
                    c.categories().forEach(x -> seen.add(x.zhTw()));
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (String w : seen) {
            Names.word(w).ifPresent(zh -> out.put(w, zh));
        }
        return out;
    }

    static Map<String, Object> text(Text t) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("en", t == null ? "" : t.en());
        o.put("zhTw", t == null ? "" : t.zhTw());
        return o;
    }

    /** Numbers stay numbers (NaN and infinities become null: JSON has no such values). */
    static Object cell(Object v) {
        if (v instanceof Text t) {
            return text(t);
        }
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return null;
        }
        if (v instanceof Float f && (f.isNaN() || f.isInfinite())) {
            return null;
        }
        return v;
    }
}
