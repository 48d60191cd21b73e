package org.cpolens.model.supply;

import java.util.List;
import org.cpolens.model.catalog.Status;

/**
 * A directed edge, upstream to downstream: a component is MADE_BY a company, a company SELLS_TO a
 * customer, a component is an INPUT_TO another component.
 *
 * @param components for SELLS_TO, the components sold; otherwise the one component involved
 */
public record SupplyEdge(String from, String to, Kind kind, List<String> components, boolean qualified,
                         String source, Status status) {
    public enum Kind {
        MADE_BY("made by", "製造商"),
        SELLS_TO("sells to", "供貨給"),
        INPUT_TO("input to", "用於");

        private final String en;
        private final String zhTw;

        Kind(String en, String zhTw) {
            this.en = en;
            this.zhTw = zhTw;
        }

        public String en() {
            return en;
        }

        public String zhTw() {
            return zhTw;
        }

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public SupplyEdge {
        components = List.copyOf(components);
    }
}
