package org.cpolens.model.supply;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The seed's three layers of the chain. */
public enum Layer {
    UPSTREAM("upstream", "Upstream: materials and chips", "上游：材料與晶片"),
    MIDSTREAM("midstream", "Midstream: engines and packaging", "中游：光引擎與封裝"),
    DOWNSTREAM("downstream", "Downstream: systems", "下游：系統");

    private final String word;
    private final String en;
    private final String zhTw;

    Layer(String word, String en, String zhTw) {
        this.word = word;
        this.en = en;
        this.zhTw = zhTw;
    }

    public String word() {
        return word;
    }

    public String en() {
        return en;
    }

    public String zhTw() {
        return zhTw;
    }

    public static Optional<Layer> fromWord(String w) {
        return Arrays.stream(values()).filter(l -> l.word.equals(w)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(Layer::word).toList();
    }
}
