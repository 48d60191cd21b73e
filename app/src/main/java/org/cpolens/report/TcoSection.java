package org.cpolens.report;

import static org.cpolens.report.Tables.fmt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.cpolens.model.tco.TcoInput;
import org.cpolens.model.tco.TcoKernel;
import org.cpolens.model.tco.TcoResult;
import org.cpolens.model.units.Numbers;

/**
 * "Cost of ownership / 總持有成本": each architecture's TCO per accelerator-year and its parts, NPV
 * and payback, the break-even price and watts per port with everything in (annotated on the chart
 * of TCO against the CPO's price), the break-even by cluster size, the tornado and the Monte Carlo
 * band.
 */
public final class TcoSection implements ReportSection {
    @Override
    public String id() {
        return "tco";
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public Optional<Contribution> build(ReportContext context) {
        return context.run().tco().map(r -> new Contribution(section(r), TcoViews.sources(r.settings()), keyFigures(r)));
    }

    public static Section section(TcoResult r) {
        List<Block> blocks = new ArrayList<>();
        TcoResult.ArchitectureTco t = r.target();
        TcoResult.ArchitectureTco rival = r.rival();
        double years = r.settings().value(TcoInput.LIFETIME_YEARS);
        double rate = 100 * r.settings().value(TcoInput.DISCOUNT_RATE);
        blocks.add(Paragraph.of(
                fmt("Every architecture of %s over %s years at a %s%% discount rate: the optics bought in year 0 (modules or "
                                + "engines, laser source modules, FAUs, fibers, the CPO switch premium, spares), then each year "
                                + "the network's energy at PUE %s and US$%s/kWh and its reliability costs (lost "
                                + "accelerator-hours at US$%s, technician hours, replaced parts; reliability from the %s "
                                + "source), as one present value and per accelerator-year. %s costs US$%s per accelerator-year "
                                + "against %s's US$%s.",
                        r.scenario(), Tables.plain(years), Tables.plain(rate), Tables.plain(r.settings().value(TcoInput.PUE)),
                        Tables.plain(r.settings().value(TcoInput.ELECTRICITY_USD_PER_KWH)),
                        Tables.plain(r.settings().value(TcoInput.ACCELERATOR_HOUR_USD)), r.settings().reliability().word(),
                        t.id(), Tables.display(t.usdPerAcceleratorYear(), "en"), rival.id(),
                        Tables.display(rival.usdPerAcceleratorYear(), "en")),
                fmt("%s 的每種架構，使用 %s 年、折現率 %s%%：期初購買光學元件（模組或光引擎、外部雷射光源模組、光纖陣列單元、光纖、"
                                + "CPO 交換器溢價、備品），之後每年支付網路電費（PUE %s、每度 US$%s）與可靠度成本（每加速器小時 US$%s "
                                + "的損失、技術人員工時、更換零件；可靠度來源：%s），合計為現值與每加速器年成本。%s 每加速器年 US$%s，"
                                + "%s 為 US$%s。",
                        r.scenario(), Tables.plain(years), Tables.plain(rate), Tables.plain(r.settings().value(TcoInput.PUE)),
                        Tables.plain(r.settings().value(TcoInput.ELECTRICITY_USD_PER_KWH)),
                        Tables.plain(r.settings().value(TcoInput.ACCELERATOR_HOUR_USD)),
                        Names.word(r.settings().reliability().word()).orElse(r.settings().reliability().word()),
                        t.id(), Tables.display(t.usdPerAcceleratorYear(), "en"), rival.id(),
                        Tables.display(rival.usdPerAcceleratorYear(), "en"))));
        blocks.add(new KeyFigures(keyFigures(r)));
        blocks.add(components(r));
        r.targetBreakEven().ifPresent(b -> blocks.add(priceChart(r, b)));
        if (!r.bySize().isEmpty()) {
            blocks.add(sizeChart(r));
        }
        if (!r.tornado().isEmpty()) {
            blocks.add(tornado(r));
        }
        blocks.add(band(r));
        blocks.addAll(TcoViews.tables(r));
        for (String note : TcoViews.NOTES) {
            blocks.add(new Paragraph(Text.of(note, NOTES_ZH.get(TcoViews.NOTES.indexOf(note)))));
        }
        return new Section("tco", Text.of("Cost of ownership", "總持有成本"), blocks);
    }

    static final List<String> NOTES_ZH = List.of(
            "期初購買光學元件（各架構每埠價格，加上外部雷射光源模組、光纖陣列單元與每條光鏈路一條光纖）、CPO 交換器溢價與備品；"
                    + "使用年限內每年支付電費（網路功耗 x PUE x 電價 x 8,766 小時）與可靠度成本（損失的加速器小時 x 其價值、"
                    + "技術人員工時 x 時薪、每個更換零件的價格），以折現率折現。",
            "同一網路上各架構的交換器本體相同，不計入期初支出，其價格只用於更換時計價。更換零件以新品計價；CPO、NPO、OBO "
                    + "交換器的更換含其交換器端光學元件的分攤。",
            "每加速器年總持有成本 = 現值 / 使用年限的年金現值因子 / 加速器數。",
            "總持有成本對 CPO 的每埠價格與功耗為仿射函數，因此相對最佳非 CPO 方案的損益兩平為精確值；該值代回模型後所得的總持有成本並列於旁。",
            "其他叢集規模的損益兩平與掃描的 tco* 欄位以解析式計算可靠度成本（模擬的解析期望值）；本情境的數字依各架構標示的來源。",
            "蒙地卡羅中的故障率倍數以一階（線性）方式作用於所有可靠度成本。");

    /** An architecture's display name from its id and kind, as the other sections name it. */
    private static Text name(TcoResult r, String id) {
        return r.architecture(id).flatMap(a -> org.cpolens.model.catalog.ArchitectureKind.fromWord(a.kind()))
                .map(k -> Names.architecture(id, k)).orElse(Text.same(id));
    }

    public static List<KeyFigures.KeyFigure> keyFigures(TcoResult r) {
        List<KeyFigures.KeyFigure> out = new ArrayList<>();
        String years = Tables.plain(r.settings().value(TcoInput.LIFETIME_YEARS));
        String rate = Tables.plain(100 * r.settings().value(TcoInput.DISCOUNT_RATE));
        boolean simulated = "simulated".equals(r.settings().reliability().word());
        Text src = Text.of(fmt("model output (cost of ownership, %s years at %s%%, reliability %s, seed %d)", years, rate,
                        r.settings().reliability().word(), r.seed()),
                fmt("模型計算（總持有成本，%s 年，折現率 %s%%，可靠度成本來自%s，亂數種子 %d）", years, rate,
                        simulated ? "故障模擬" : "解析式", r.seed()));
        TcoResult.ArchitectureTco t = r.target();
        TcoResult.ArchitectureTco v = r.rival();
        Text tn = name(r, t.id());
        Text vn = name(r, v.id());
        Text bn = name(r, r.baselineId());
        out.add(new KeyFigures.KeyFigure("tcoAdvantageUsdPerAcceleratorYear",
                Text.of("TCO advantage of " + tn.en() + " over " + vn.en() + " (negative: costs more)",
                        tn.zhTw() + " 相對 " + vn.zhTw() + " 的總持有成本優勢（負值：較貴）"),
                v.usdPerAcceleratorYear() - t.usdPerAcceleratorYear(), "USD/(accelerator yr)", src, "computed"));
        out.add(new KeyFigures.KeyFigure("tcoUsdPerAcceleratorYearBaseline",
                Text.of("TCO per accelerator-year, " + bn.en(), "每加速器年總持有成本，" + bn.zhTw()),
                r.architecture(r.baselineId()).orElseThrow().usdPerAcceleratorYear(), "USD/(accelerator yr)", src, "computed"));
        out.add(new KeyFigures.KeyFigure("tcoUsdPerAcceleratorYearTarget",
                Text.of("TCO per accelerator-year, " + tn.en(), "每加速器年總持有成本，" + tn.zhTw()), t.usdPerAcceleratorYear(),
                "USD/(accelerator yr)", src, "computed"));
        r.targetBreakEven().ifPresent(b -> {
            Text a = name(r, b.id());
            Text c = name(r, b.rivalId());
            out.add(new KeyFigures.KeyFigure("tcoBreakEvenUsdPerPort",
                    Text.of("Price per port at which " + a.en() + " ties " + c.en() + " (TCO)",
                            a.zhTw() + " 與 " + c.zhTw() + " 總持有成本相同的每埠價格"),
                    b.priceUsdPerPort(), "USD", src, "computed"));
            out.add(new KeyFigures.KeyFigure("tcoBreakEvenWattsPerPort",
                    Text.of("Watts per port at which " + a.en() + " ties " + c.en() + " (TCO)",
                            a.zhTw() + " 與 " + c.zhTw() + " 總持有成本相同的每埠功耗"),
                    b.wattsPerPort(), "W", src, "computed"));
        });
        return out;
    }

    /** Each architecture's TCO per accelerator-year, stacked by what it pays for. */
    private static Chart components(TcoResult r) {
        int n = r.architectures().size();
        List<Text> cats = new ArrayList<>();
        double[] capex = new double[n];
        double[] energy = new double[n];
        double[] reliability = new double[n];
        double[] freed = new double[n];
        double perYear = 1 / r.accelerators();
        for (int i = 0; i < n; i++) {
            TcoResult.ArchitectureTco a = r.architectures().get(i);
            cats.add(Text.same(a.id()));
            capex[i] = a.output(TcoKernel.CAPEX_USD) / r.annuity() * perYear;
            energy[i] = a.output(TcoKernel.ENERGY_USD_PER_YEAR) * perYear;
            reliability[i] = a.output(TcoKernel.RELIABILITY_USD_PER_YEAR) * perYear;
            freed[i] = -a.output(TcoKernel.FREED_POWER_USD_PER_YEAR) * perYear;
        }
        List<Series> series = new ArrayList<>(List.of(
                new Series(Text.of("Year-0 spend, annualized", "期初支出（年金化）"), capex, "tco"),
                new Series(Text.of("Energy", "電費"), energy, "tco"),
                new Series(Text.of("Reliability", "可靠度成本"), reliability, "tco")));
        if (java.util.Arrays.stream(freed).anyMatch(x -> x != 0)) {
            series.add(new Series(Text.of("Freed power (credit)", "釋出電力（抵減）"), freed, "tco"));
        }
        return new Chart("tcoComponents", Text.of("TCO per accelerator-year and what it pays for",
                "每加速器年總持有成本及其組成"), ChartKind.STACKED_BAR, cats, series,
                Text.of("TCO per accelerator-year", "每加速器年總持有成本"), "USD/(accelerator yr)");
    }

    /**
     * The target's TCO against its price per port (exact: the TCO is affine in it), the rival's flat,
     * and a point where they cross, labelled as the break-even.
     */
    private static Chart priceChart(TcoResult r, TcoResult.BreakEven b) {
        TcoResult.ArchitectureTco t = r.architecture(b.id()).orElseThrow();
        double p = b.catalogPriceUsdPerPort();
        double part = t.output(TcoKernel.PRICE_PART);
        double perYear = 1 / (r.annuity() * r.accelerators());
        double star = b.priceUsdPerPort();
        boolean marked = Double.isFinite(star) && star >= 0;
        double top = Math.max(p, marked ? star : 0) * 1.5;
        TreeSet<Double> xs = new TreeSet<>();
        for (int i = 0; i <= 8; i++) {
            xs.add(Numbers.round6(top * i / 8));
        }
        xs.add(p);
        if (marked) {
            xs.add(star);
        }
        List<Text> cats = new ArrayList<>();
        double[] mine = new double[xs.size()];
        double[] theirs = new double[xs.size()];
        double[] mark = new double[xs.size()];
        int i = 0;
        for (double x : xs) {
            boolean isStar = marked && x == star;
            boolean isCatalog = x == p;
            String label = "US$" + Tables.display(x, "en");
            cats.add(isStar ? Text.of(label + " break-even", label + " 損益兩平")
                    : isCatalog ? Text.of(label + " used", label + " 採用值") : Text.same(label));
            double tco = t.tcoUsd() + (p > 0 ? (x / p - 1) * part : 0);
            mine[i] = tco * perYear;
            theirs[i] = b.rivalTcoUsd() * perYear;
            mark[i] = isStar ? theirs[i] : Double.NaN;
            i++;
        }
        String title = marked
                ? fmt("TCO against %s's price per port: it ties %s at US$%s (break-even; US$%s used)", b.id(), b.rivalId(),
                Tables.display(star, "en"), Tables.display(p, "en"))
                : fmt("TCO against %s's price per port: no price per port of zero or more ties %s", b.id(), b.rivalId());
        String titleZh = marked
                ? fmt("%s 的總持有成本對每埠價格：於 US$%s 與 %s 相同（損益兩平；採用值 US$%s）", b.id(),
                Tables.display(star, "en"), b.rivalId(), Tables.display(p, "en"))
                : fmt("%s 的總持有成本對每埠價格：任何不小於零的每埠價格都無法與 %s 相同", b.id(), b.rivalId());
        return new Chart("tcoBreakEven", Text.of(title, titleZh), ChartKind.LINE, cats, List.of(
                new Series(Text.of(b.id(), b.id()), mine, ""),
                new Series(Text.of(b.rivalId() + " (best non-CPO)", b.rivalId() + "（最佳非 CPO）"), theirs, ""),
                new Series(Text.of("Break-even", "損益兩平"), mark, "")),
                Text.of("TCO per accelerator-year", "每加速器年總持有成本"), "USD/(accelerator yr)");
    }

    private static Chart sizeChart(TcoResult r) {
        List<Text> cats = new ArrayList<>();
        double[] price = new double[r.bySize().size()];
        double[] used = new double[price.length];
        double catalog = r.targetBreakEven().map(TcoResult.BreakEven::catalogPriceUsdPerPort).orElse(Double.NaN);
        for (int i = 0; i < price.length; i++) {
            TcoResult.SizeBreakEven s = r.bySize().get(i);
            cats.add(Text.same(Tables.display(s.endpoints(), "en")));
            price[i] = s.priceUsdPerPort() == null ? Double.NaN : s.priceUsdPerPort();
            used[i] = catalog;
        }
        return new Chart("tcoBreakEvenBySize", Text.of(
                "Break-even price per port of " + r.targetId() + " by cluster size (endpoints): above the line of the price used, CPO wins",
                r.targetId() + " 依叢集規模（端點數）的損益兩平每埠價格：高於採用價格線時 CPO 勝出"), ChartKind.LINE, cats,
                List.of(new Series(Text.of("TCO break-even", "總持有成本損益兩平"), price, ""),
                        new Series(Text.of("Price used", "採用價格"), used, "")),
                Text.of("Price per port", "每埠價格"), "USD");
    }

    private static Chart tornado(TcoResult r) {
        List<TcoResult.TornadoRow> rows = new ArrayList<>(r.tornado());
        rows.sort(java.util.Comparator.comparingDouble(TcoResult.TornadoRow::width).reversed());
        TcoResult.ArchitectureTco t = r.target();
        double base = r.rival().usdPerAcceleratorYear() - t.usdPerAcceleratorYear();
        List<Text> cats = new ArrayList<>();
        double[] low = new double[rows.size()];
        double[] high = new double[rows.size()];
        double[] mid = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            TcoResult.TornadoRow x = rows.get(i);
            cats.add(Text.of(fmt("%s (%s .. %s %s)", x.en(), Tables.plain(x.low()), Tables.plain(x.high()), x.unit()),
                    fmt("%s（%s .. %s %s）", x.zhTw(), Tables.plain(x.low()), Tables.plain(x.high()),
                            Names.unit(x.unit()).label().zhTw())));
            low[i] = x.atLow();
            high[i] = x.atHigh();
            mid[i] = base;
        }
        return new Chart("tcoTornado", Text.of(
                fmt("TCO advantage of %s over %s: swing of each uncertain input", t.id(), r.rivalId()),
                fmt("%s 相對 %s 的總持有成本優勢：各不確定輸入的影響", t.id(), r.rivalId())), ChartKind.TORNADO, cats, List.of(
                new Series(Text.of("low: input at its low", "low：輸入取低值"), low, ""),
                new Series(Text.of("high: input at its high", "high：輸入取高值"), high, ""),
                new Series(Text.of("base", "基準"), mid, "")),
                Text.of("Advantage per accelerator-year", "每加速器年優勢"), "USD/(accelerator yr)");
    }

    private static Chart band(TcoResult r) {
        List<Text> cats = new ArrayList<>();
        int n = r.band().perAcceleratorYear().size();
        double[] p10 = new double[n];
        double[] p50 = new double[n];
        double[] p90 = new double[n];
        int i = 0;
        for (var e : r.band().perAcceleratorYear().entrySet()) {
            cats.add(Text.same(e.getKey()));
            p10[i] = e.getValue()[0];
            p50[i] = e.getValue()[1];
            p90[i] = e.getValue()[2];
            i++;
        }
        return new Chart("tcoBand", Text.of(
                fmt("TCO per accelerator-year, Monte Carlo P10 / P50 / P90 (seed %d, %,d trials)", r.seed(), r.trials()),
                fmt("每加速器年總持有成本，蒙地卡羅 P10 / P50 / P90（亂數種子 %d，%,d 次）", r.seed(), r.trials())),
                ChartKind.BAR, cats, List.of(new Series(Text.same("P10"), p10, ""), new Series(Text.same("P50"), p50, ""),
                new Series(Text.same("P90"), p90, "")), Text.of("TCO per accelerator-year", "每加速器年總持有成本"),
                "USD/(accelerator yr)");
    }
}
