package org.cpolens.report;

import java.util.List;

/** A network graph (the supply chain): nodes in categories, directed edges. */
public record GraphChart(String id, Text title, List<Node> nodes, List<Edge> edges, List<Text> categories)
        implements Block {
    public GraphChart {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        categories = List.copyOf(categories);
    }

    /** @param category index into {@code categories} */
    public record Node(String id, Text label, int category, double size) {
    }

    public record Edge(String from, String to, Text label) {
    }
}
