package org.cpolens.model.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The family of an optics architecture; every "is this CPO?" question is asked here. */
public enum ArchitectureKind {
    PLUGGABLE("pluggable", "DSP pluggable", "DSP 可插拔"),
    LPO("lpo", "Linear pluggable (LPO)", "線性可插拔（LPO）"),
    LRO("lro", "Linear receive (LRO)", "線性接收（LRO）"),
    OBO("obo", "On-board optics (OBO)", "板載光學（OBO）"),
    NPO("npo", "Near-packaged optics (NPO)", "近封裝光學（NPO）"),
    CPO("cpo", "Co-packaged optics (CPO)", "共同封裝光學（CPO）");

    private final String word;
    private final String en;
    private final String zhTw;

    ArchitectureKind(String word, String en, String zhTw) {
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

    /** Co-packaged optics: the family whose adoption, market and supply chain the tool studies. */
    public boolean isCpo() {
        return this == CPO;
    }

    /** Optics in a module the front panel takes (pluggable, LPO, LRO): the non-CPO alternatives a CPO design must beat. */
    public boolean isPluggable() {
        return this == PLUGGABLE || this == LPO || this == LRO;
    }

    public static Optional<ArchitectureKind> fromWord(String word) {
        return Arrays.stream(values()).filter(k -> k.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(ArchitectureKind::word).toList();
    }

    @Override
    public String toString() {
        return word;
    }
}
