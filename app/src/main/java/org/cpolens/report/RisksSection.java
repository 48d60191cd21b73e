package org.cpolens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cpolens.model.catalog.ArchitectureFigure;
import org.cpolens.model.catalog.Figure;
import org.cpolens.model.catalog.OpticsArchitecture;
import org.cpolens.model.catalog.Risk;
import org.cpolens.model.eval.ArchitectureResult;
import org.cpolens.model.eval.Evaluation;

/** The seed's risks, each tied to the model input that plays it out. */
public final class RisksSection implements ReportSection {
    @Override
    public String id() {
        return "risks";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Optional<Contribution> build(ReportContext context) {
        Evaluation e = context.evaluation();
        return Optional.of(new Contribution(risks(e, context.risks(), e.studied()), List.of(), List.of()));
    }


    private static final Pattern CPO_INPUT = Pattern.compile("architectures\\[cpo\\]\\.overrides\\.(\\w+)");

    static Section risks(Evaluation evaluation, List<Risk> risks, ArchitectureResult target) {
        OpticsArchitecture t = target.architecture();
        List<Column> cols = List.of(
                Column.of("risk", "Risk", "風險", ""),
                Column.of("claim", "What the source says", "來源說法", ""),
                Column.of("input", "Model input it moves", "影響的模型輸入", ""),
                Column.of("where", "Where to change it", "調整位置", ""),
                Column.of("section", "Section that moves", "受影響章節", ""),
                Column.of("currentValue", "Value in this scenario", "本情境數值", ""),
                Column.of("unit", "Unit", "單位", ""),
                Column.of("source", "Source", "來源", ""),
                Column.of("status", "Status", "狀態", ""));
        List<List<Object>> rows = new ArrayList<>();
        for (Risk r : risks) {
            Object value = null;
            String unit = "";
            Matcher m = CPO_INPUT.matcher(r.inputPath());
            java.util.Optional<ArchitectureFigure> figure = m.find() ? ArchitectureFigure.fromKey(m.group(1))
                    : java.util.Optional.empty();
            if (figure.isPresent()) {
                Figure f = t.figure(figure.get());
                value = f.value();
                unit = f.unit();
            }
            List<Object> row = new ArrayList<>();
            row.add(Text.of(r.titleEn(), r.titleZhTw()));
            row.add(Text.of(r.claimEn(), r.claimZhTw()));
            row.add(Text.of(r.inputEn(), r.inputZhTw()));
            row.add(r.inputPath().replace("[cpo]", "[" + t.id() + "]"));
            row.add(sectionTitle(r.section()));
            row.add(value);
            row.add(Names.unit(unit).label());
            row.add(r.source());
            row.add(Names.status(r.status().word()));
            rows.add(row);
        }
        return new Section("risks", Text.of("Risks", "風險"), List.of(
                Paragraph.of("The risks named by the industry analysis this project starts from (CPO 產業趨勢分析, "
                                + "領趨投資觀點), each tied to the model input that plays it out. Change that input in a "
                                + "scenario (or in the dashboard) to see what the risk costs.",
                        "本專案據以出發的產業分析（《CPO 產業趨勢分析》，領趨投資觀點）所列的風險，各自對應到模型中會受影響的輸入。"
                                + "在情境檔（或儀表板）調整該輸入，即可看出風險的代價。"),
                new DataTable("risks", Text.of("Risks and the inputs they move", "風險與其影響的輸入"), cols, rows)));
    }

    private static Text sectionTitle(String id) {
        return switch (id) {
            case "comparison" -> Text.of("Architecture comparison", "架構比較");
            case "sensitivity" -> Text.of("Interconnect sensitivity", "互連敏感度分析");
            case "market" -> Text.of("Market scenarios", "市場情境");
            case "supply" -> Text.of("Supply chain", "供應鏈");
            case "reliability" -> Text.of("Reliability", "可靠度");
            default -> Text.same(id);
        };
    }
}
