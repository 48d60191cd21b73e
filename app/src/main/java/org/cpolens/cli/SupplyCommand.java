package org.cpolens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cpolens.io.CompanyCatalogLoader;
import org.cpolens.io.ScenarioLoader;
import org.cpolens.io.Suggest;
import org.cpolens.model.InputException;
import org.cpolens.model.pipeline.Analysis;
import org.cpolens.model.scenario.Scenario;
import org.cpolens.model.supply.Company;
import org.cpolens.model.supply.Component;
import org.cpolens.model.supply.ComponentDemand;
import org.cpolens.model.supply.DefaultDemand;
import org.cpolens.model.supply.ExposureCalculator;
import org.cpolens.model.supply.ExposureResult;
import org.cpolens.model.supply.SupplyChain;
import org.cpolens.model.supply.SupplySettings;
import org.cpolens.report.Json;
import org.cpolens.report.SupplyViews;
import org.cpolens.report.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "supply", mixinStandardHelpOptions = true,
        description = "The CPO supply chain: companies, suppliers of a component, one company's roles and "
                + "dependencies, single points of failure, exposure, and the graph.",
        subcommands = {
                SupplyCommand.Companies.class,
                SupplyCommand.Suppliers.class,
                SupplyCommand.CompanyCmd.class,
                SupplyCommand.Spof.class,
                SupplyCommand.Exposure.class,
                SupplyCommand.Graph.class
        })
final class SupplyCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static SupplyChain chain(Path catalogDir) {
        if (catalogDir != null && !java.nio.file.Files.isDirectory(catalogDir)) {
            throw new InputException(catalogDir.toString(), "--catalog", catalogDir, "not a directory",
                    "give a folder holding " + CompanyCatalogLoader.FILE);
        }
        return CompanyCatalogLoader.load(catalogDir);
    }

    static Company company(SupplyChain chain, String key) {
        return chain.company(key).orElseThrow(() -> new InputException(null, "TICKER", key,
                "no such company in the supply catalog", Suggest.hint(key, chain.companyKeys())));
    }

    static Component component(SupplyChain chain, String key) {
        return chain.component(key).orElseThrow(() -> new InputException(null, "COMPONENT", key,
                "not a component word", Suggest.hint(key, Component.VOCABULARY)));
    }

    @Command(name = "companies", mixinStandardHelpOptions = true, description = "Every company with ticker, market, layer and roles.")
    static final class Companies implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            SupplyChain c = chain(common.catalogDir());
            Output.print(spec.commandLine().getOut(), common, SupplyViews.companiesJson(c), SupplyViews.companiesTable(c));
            return Main.OK;
        }
    }

    @Command(name = "suppliers", mixinStandardHelpOptions = true, description = "Who makes a component, qualified or not.")
    static final class Suppliers implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CommonOptions common;
        @Parameters(paramLabel = "COMPONENT", description = "a component word, e.g. fau, inp-epi-wafer, optical-engine")
        String component;

        @Override
        public Integer call() {
            SupplyChain c = chain(common.catalogDir());
            String id = component(c, component).id();
            Output.print(spec.commandLine().getOut(), common, SupplyViews.suppliersJson(c, id),
                    SupplyViews.suppliersTable(c, id));
            return Main.OK;
        }
    }

    @Command(name = "company", mixinStandardHelpOptions = true,
            description = "One company: its roles and what it depends on (by ticker or id, e.g. 3081 or landmark).")
    static final class CompanyCmd implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CommonOptions common;
        @Parameters(paramLabel = "TICKER", description = "a ticker (3081, 6088.HK, AVGO) or a catalog id (landmark)")
        String ticker;

        @Override
        public Integer call() {
            SupplyChain c = chain(common.catalogDir());
            Company co = company(c, ticker);
            var deps = c.dependenciesOf(co.id());
            var json = SupplyViews.companyJson(co);
            json.put("dependencies", SupplyViews.dependenciesJson(deps));
            json.put("customers", c.customersOf(co.id()).stream().map(Company::id).toList());
            Output.print(spec.commandLine().getOut(), common, json,
                    List.of(SupplyViews.rolesTable(co), SupplyViews.dependenciesTable(c, deps)));
            return Main.OK;
        }
    }

    @Command(name = "spof", mixinStandardHelpOptions = true,
            description = "Single points of failure: components with exactly one qualified supplier in the catalog.")
    static final class Spof implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CommonOptions common;

        @Override
        public Integer call() {
            SupplyChain c = chain(common.catalogDir());
            Output.print(spec.commandLine().getOut(), common, SupplyViews.spofJson(c), SupplyViews.spofTable(c));
            return Main.OK;
        }
    }

    @Command(name = "exposure", mixinStandardHelpOptions = true,
            description = {"Units and revenue at stake per company, and published exposure figures derived both ways.",
                    "Demand: the scenario's supply: section, else its CPO fabric (catalog defaultDemand)."})
    static final class Exposure implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        CommonOptions common;
        @Option(names = "--scenario", paramLabel = "FILE", description = "a scenario file or bundled name (default: the catalog's, broadcom-32k)")
        String scenario;
        @Option(names = "--architecture", paramLabel = "ID", description = "the scenario architecture whose counts make the demand (default: the catalog's, cpo-bailly-800g)")
        String architecture;
        @Option(names = "--year", paramLabel = "YEAR", description = "demand year (default: the catalog's, 2027)")
        Integer year;
        @Option(names = "--clusters", paramLabel = "N", description = "clusters built that year (default: the catalog's, 1)")
        Double clusters;

        @Override
        public Integer call() {
            SupplyChain c = chain(common.catalogDir());
            ExposureResult x = ExposureCalculator.compute(c, demand(c));
            Output.print(spec.commandLine().getOut(), common, SupplyViews.exposureJson(c, x),
                    List.of(SupplyViews.exposureTable(c, x), SupplyViews.reportedTable(c, x), SupplyViews.demandTable(c, x)));
            return Main.OK;
        }

        private List<ComponentDemand> demand(SupplyChain c) {
            DefaultDemand d = c.defaultDemand();
            if (year != null && (year < 2000 || year > 2100)) {
                throw new InputException(null, "--year", year, "must be between 2000 and 2100", null);
            }
            if (clusters != null && (!(clusters >= 0) || clusters.isInfinite())) {
                throw new InputException(null, "--clusters", clusters, "must be a number >= 0", null);
            }
            Scenario s = ScenarioLoader.load(scenario == null ? d.scenario() : scenario, common.catalogs());
            SupplySettings st = s.supply();
            if (architecture != null || year != null || clusters != null) {
                if (!st.explicit().isEmpty()) {
                    throw new InputException(null, "supply.demand", null,
                            "the scenario writes its unit demand out; --architecture, --year and --clusters apply to "
                                    + "demand derived from the fabric", "drop the options, or the scenario's supply.demand");
                }
                if (architecture != null && s.architectures().stream().noneMatch(a -> a.id().equals(architecture))) {
                    throw new InputException(null, "--architecture", architecture,
                            "not an architecture of scenario " + s.name(),
                            Suggest.hint(architecture, s.architectures().stream().map(a -> a.id()).toList()));
                }
                st = new SupplySettings(true, architecture != null ? Optional.of(architecture) : st.architecture(),
                        year != null ? OptionalInt.of(year) : st.year(),
                        clusters != null ? OptionalDouble.of(clusters) : st.clustersPerYear(), List.of());
            }
            Scenario withSupply = new Scenario(s.name(), s.description(), s.interconnect(), s.market(), st,
                    s.reliability(), s.run(), s.tco(), s.descriptionZhTw());
            return Analysis.run(withSupply, c, null, Analysis.Options.defaults(withSupply, Set.of(Analysis.Stage.SUPPLY)),
                    Analysis.Progress.NONE).supply().orElseThrow().demand();
        }
    }

    /** Formats of the graph: the usual three plus Graphviz DOT. */
    enum GraphFormat { TABLE, JSON, CSV, DOT }

    @Command(name = "graph", mixinStandardHelpOptions = true,
            description = "The supply graph: nodes and edges as a table, JSON, CSV, or Graphviz DOT.")
    static final class Graph implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table, json, csv or dot (default: ${DEFAULT-VALUE})")
        GraphFormat format = GraphFormat.TABLE;
        @Option(names = "--catalog", paramLabel = "DIR", description = "a folder whose companies.yaml adds to or replaces bundled entries")
        Path catalogDir;
        @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "table labels: en or zh-TW")
        String lang = "en";
        @Option(names = "--debug", description = "show stack traces on errors")
        boolean debug;

        @Override
        public Integer call() {
            SupplyChain c = chain(catalogDir);
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case DOT -> out.print(SupplyViews.dot(c));
                case JSON -> out.print(Json.write(SupplyViews.graphJson(c)));
                case CSV -> out.print(Tables.csv(SupplyViews.edgesTable(c)));
                default -> out.print(Tables.text(SupplyViews.edgesTable(c), lang));
            }
            out.flush();
            return Main.OK;
        }
    }
}
