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
        subcommands = {CatalogCommand.ListCommand.class, CatalogCommand.ShowCommand.class})
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
}
