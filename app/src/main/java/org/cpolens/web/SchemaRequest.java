package org.cpolens.web;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.SwitchSystem;
import org.cpolens.model.eval.ResultColumn;
import org.cpolens.model.units.Units;
import org.cpolens.report.Names;
import org.cpolens.report.Text;

/**
 * {@code /api/schema}: what the dashboard needs to show results to people: the result schema
 * ({@link ResultColumn}: key, unit, type and labels in both languages, with the unit people read
 * a column in), how units read in each language, and the display names of the catalog's
 * architectures and switches.
 */
final class SchemaRequest {
    private SchemaRequest() {
    }

    static Map<String, Object> run(Catalog catalog) {
        Map<String, Object> m = new LinkedHashMap<>();
        java.util.List<Map<String, Object>> columns = new java.util.ArrayList<>();
        Set<String> units = new LinkedHashSet<>();
        for (ResultColumn c : ResultColumn.values()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("key", c.key());
            x.put("type", c.type().name());
            x.put("unit", c.unit());
            x.put("label", text(Text.of(c.en(), c.zhTw())));
            // what people read: capex in US$M and edge in m, as the report's tables
            switch (c) {
                case CAPEX_USD -> display(x, "MUSD", Units.millionsUsd(1));
                case EDGE_MM -> display(x, "m", Units.metresFromMillimetres(1));
                default -> display(x, c.unit(), 1);
            }
            units.add(c.unit());
            units.add((String) x.get("displayUnit"));
            columns.add(x);
        }
        m.put("columns", columns);
        units.addAll(List.of("kW", "MUSD", "US$B", "USD/port", "W", "%"));
        Map<String, Object> u = new LinkedHashMap<>();
        for (String unit : units) {
            if (unit == null || unit.isEmpty()) {
                continue;
            }
            Names.UnitLabel l = Names.unit(unit);
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("label", text(l.label()));
            x.put("enScale", l.enScale());
            x.put("zhScale", l.zhScale());
            u.put(unit, x);
        }
        m.put("units", u);
        Map<String, Object> archs = new LinkedHashMap<>();
        for (OpticsArchitecture a : catalog.architectures()) {
            archs.put(a.id(), text(Names.architecture(a)));
        }
        m.put("architectures", archs);
        Map<String, Object> switches = new LinkedHashMap<>();
        for (SwitchSystem s : catalog.switches()) {
            switches.put(s.id(), text(Names.switchSystem(s)));
        }
        m.put("switches", switches);
        return m;
    }

    private static void display(Map<String, Object> x, String unit, double scale) {
        x.put("displayUnit", unit);
        x.put("displayScale", scale);
    }

    static Map<String, Object> text(Text t) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("en", t.en());
        o.put("zhTw", t.zhTw());
        return o;
    }
}
