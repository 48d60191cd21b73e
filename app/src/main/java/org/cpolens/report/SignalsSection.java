package org.cpolens.report;

import java.util.List;
import java.util.Optional;

/** The revenue-signals section of the report, as {@link SignalsViews} draws it. */
public final class SignalsSection implements ReportSection {
    @Override
    public String id() {
        return "signals";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<Contribution> build(ReportContext context) {
        return context.run().signals().map(r -> new Contribution(SignalsViews.section(r), SignalsViews.sources(r), List.of()));
    }
}
