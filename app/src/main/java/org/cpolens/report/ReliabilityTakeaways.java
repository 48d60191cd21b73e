package org.cpolens.report;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cpolens.model.eval.Evaluation;
import org.cpolens.model.sim.ArchitectureReliability;
import org.cpolens.model.sim.Estimate;
import org.cpolens.model.sim.Part;
import org.cpolens.model.sim.ReliabilityResult;
import org.cpolens.report.KeyFigures.Better;
import org.cpolens.report.KeyFigures.KeyFigure;
import org.cpolens.report.KeyFigures.Reference;
import org.cpolens.report.KeyFigures.Role;

/**
 * What the first page takes from the reliability run: serviceability, as whole switches replaced
 * a year by the studied CPO against the baseline and the best non-CPO choice (a failed
 * co-packaged engine or embedded laser takes the switch out; a pluggable is swapped alone).
 */
final class ReliabilityTakeaways {
    private ReliabilityTakeaways() {
    }

    static List<KeyFigure> of(ReliabilityResult r, Evaluation e) {
        if (r.architectures().isEmpty()) {
            return List.of();
        }
        String studied = e.studied().id();
        Optional<ArchitectureReliability> cpo = r.architectures().stream().filter(a -> a.id().equals(studied)).findFirst()
                .or(() -> r.architectures().stream().filter(a -> a.kind().isCpo()).findFirst());
        if (cpo.isEmpty()) {
            return List.of();
        }
        ArchitectureReliability base = r.architectures().get(0);
        ArchitectureReliability other = r.architectures().stream().filter(a -> !a.kind().isCpo())
                .min(Comparator.comparingDouble(ReliabilityTakeaways::switches)).orElse(base);
        String days = org.cpolens.model.units.Numbers.plain(r.days());
        Text src = Text.of("model output (reliability, seed " + r.seed() + ", " + r.trials() + " trials x " + days + " days)",
                "模型計算（可靠度模擬，亂數種子 " + r.seed() + "，" + r.trials() + " 次 × " + days + " 天）");
        KeyFigure f = new KeyFigure("cpoSwitchReplacementsPerYear",
                Text.of("Switch replacements per year", "每年更換交換器台數"), switches(cpo.get()), "1/yr", src, "computed");
        return List.of(f.against(Better.LOWER, List.of(
                new Reference(Role.BASELINE, Names.architecture(base.id(), base.kind()), switches(base)),
                new Reference(Role.BEST_OTHER, Names.architecture(other.id(), other.kind()), switches(other)))));
    }

    private static double switches(ArchitectureReliability a) {
        Estimate e = a.partsPerYear().get(Part.SWITCH);
        return e == null ? 0 : e.mean();
    }
}
