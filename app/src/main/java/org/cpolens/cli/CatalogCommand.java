package org.cpolens.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cpolens.io.Suggest;
import org.cpolens.model.InputException;
import org.cpolens.model.catalog.Catalog;
import org.cpolens.model.catalog.Figure;
import org.cpolens.report.DataTable;
import org.cpolens.report.InterconnectViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List catalog entries, or show one with every figure's source and status.",
        subcommands = {CatalogCommand.ListCommand.class, CatalogCommand.ShowCommand.class,
                CatalogCommand.SourcesCommand.class})
final class CatalogCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List architectures and switches.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            Catalog c = common.catalog();
            DataTable t = InterconnectViews.catalogTable(c);
            List<Map<String, Object>> json = new ArrayList<>();
            for (List<Object> row : t.rows()) {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < t.columns().size(); i++) {
                    m.put(t.columns().get(i).key(), row.get(i));
                }
                json.add(m);
            }
            Output.print(spec.commandLine().getOut(), common, json, t);
            return Main.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one entry's figures with sources.")
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Parameters(paramLabel = "ID", description = "an architecture or switch id")
        String id;

        @Override
        public Integer call() {
            Catalog c = common.catalog();
            Map<String, Figure> figures;
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            var arch = c.architecture(id);
            var sw = c.switchSystem(id);
            if (arch.isPresent()) {
                var a = arch.get();
                figures = InterconnectViews.figuresOf(a);
                json.put("type", "architecture");
                json.put("name", a.name());
                json.put("kind", a.kind());
                json.put("portGbps", a.portGbps());
                json.put("hotSwappable", a.hotSwappable());
                json.put("replacesHostSide", a.replacesHostSide());
                json.put("source", a.source());
                json.put("status", a.status().word());
            } else if (sw.isPresent()) {
                var s = sw.get();
                figures = InterconnectViews.figuresOf(s);
                json.put("type", "switch");
                json.put("name", s.name());
                json.put("radix", s.radix());
                json.put("portGbps", s.portGbps());
                json.put("source", s.source());
                json.put("status", s.status().word());
            } else {
                List<String> ids = new ArrayList<>(c.architectureIds());
                ids.addAll(c.switchIds());
                throw InputException.field("ID", id, "not in the catalog", Suggest.hint(id, ids));
            }
            Map<String, Object> figs = new LinkedHashMap<>();
            figures.forEach((k, f) -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("value", f.value());
                m.put("unit", f.unit());
                m.put("source", f.source());
                m.put("status", f.status().word());
                m.put("note", f.note());
                figs.put(k, m);
            });
            json.put("figures", figs);
            Output.print(spec.commandLine().getOut(), common, json, InterconnectViews.figuresTable(id, figures));
            return Main.OK;
        }
    }

    @Command(name = "sources", mixinStandardHelpOptions = true,
            description = {"Every source the catalog files cite, with its status and the figures citing it.",
                    "--format markdown writes the list the repository ships as docs/sources.md."})
    static final class SourcesCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table, json, csv or markdown (default: ${DEFAULT-VALUE})")
        String format;

        @picocli.CommandLine.Option(names = "--catalog", paramLabel = "DIR",
                description = "a folder of catalog YAML files whose entries add to or replace the bundled ones")
        java.nio.file.Path catalogDir;

        @Override
        public Integer call() {
            List<org.cpolens.io.CatalogSources.Citation> list =
                    org.cpolens.io.CatalogSources.collect(org.cpolens.io.Catalogs.load(catalogDir));
            java.io.PrintWriter out = spec.commandLine().getOut();
            if (format.equalsIgnoreCase("markdown")) {
                out.print(org.cpolens.io.CatalogSources.markdown(list));
                out.flush();
                return Main.OK;
            }
            List<org.cpolens.report.Column> cols = List.of(
                    org.cpolens.report.Column.of("source", "Source", "來源", ""),
                    org.cpolens.report.Column.of("status", "Status", "狀態", ""),
                    org.cpolens.report.Column.of("citedBy", "Figures citing it", "引用的數字", ""));
            List<List<Object>> rows = new ArrayList<>();
            List<Map<String, Object>> json = new ArrayList<>();
            for (var c : list) {
                rows.add(List.of(c.source(), String.join(", ", c.statuses()), c.usedBy().size()));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("source", c.source());
                m.put("statuses", c.statuses());
                m.put("usedBy", c.usedBy());
                json.add(m);
            }
            CommonOptions o = new CommonOptions();
            o.format = org.cpolens.report.Format.valueOf(format.toUpperCase(java.util.Locale.ROOT));
            Output.print(out, o, json, new DataTable("sources", org.cpolens.report.Text.of("Catalog sources", "資料目錄來源"),
                    cols, rows));
            return Main.OK;
        }
    }
}
