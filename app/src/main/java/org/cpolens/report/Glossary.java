package org.cpolens.report;

import java.util.ArrayList;
import java.util.List;

/** The terms the report uses, in both languages: the last appendix. */
final class Glossary {
    private Glossary() {
    }

    private record Entry(String termEn, String termZh, String en, String zh) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("CPO (co-packaged optics)", "CPO（共同封裝光學）",
                    "Optical engines inside the switch package, next to the switch chip. Today the host (NIC) side keeps pluggable modules.",
                    "光學引擎與交換器晶片封裝在同一封裝內；目前主機端（網卡）仍使用可插拔模組。"),
            new Entry("NPO (near-packaged optics)", "NPO（近封裝光學）",
                    "Optical engines on the switch board close to the package, not in it.",
                    "光學引擎放在交換器主板上、緊鄰晶片封裝，但不在封裝內。"),
            new Entry("LPO (linear pluggable optics)", "LPO（線性可插拔光學）",
                    "A pluggable module without a DSP: the switch's SerDes drives the optics directly. Less power, shorter reach.",
                    "不含 DSP 的可插拔模組，由交換器的 SerDes 直接驅動光學元件；功耗較低、傳輸距離較短。"),
            new Entry("DSP pluggable", "DSP 可插拔模組",
                    "The usual front-panel optical module, with a DSP that retimes the signal.",
                    "常見的前面板光模組，內含 DSP 重新整形訊號。"),
            new Entry("External laser source (ELS)", "外部雷射光源（ELS）",
                    "Lasers in a front-panel module that feeds co-packaged engines through fiber, so a failed laser is swapped without opening the switch.",
                    "雷射放在前面板模組內，經光纖供光給共同封裝的光引擎；雷射故障時不必拆開交換器即可更換。"),
            new Entry("FAU (fiber array unit)", "FAU（光纖陣列單元）",
                    "The part that aligns a row of fibers to a photonic chip.",
                    "將一排光纖對準光子晶片的元件。"),
            new Entry("pJ/bit", "pJ/bit（每位元能耗）",
                    "Energy per bit: power divided by the bandwidth carried, in picojoules per bit.",
                    "每傳輸一個位元所耗的能量，即功耗除以頻寬，單位為皮焦耳。"),
            new Entry("Folded Clos (fat tree)", "折疊式 Clos（胖樹）",
                    "A network of leaf, spine and core switch tiers; non-blocking when every switch has as many uplinks as downlinks.",
                    "由葉層、脊層與核心層交換器組成的網路；每台交換器上行與下行埠數相同時為無阻塞。"),
            new Entry("Oversubscription", "超額訂閱",
                    "Host-facing bandwidth over uplink bandwidth at the leaf; 1:1 is non-blocking.",
                    "葉層交換器面向主機與上行頻寬之比；1:1 為無阻塞。"),
            new Entry("Best non-CPO choice", "最佳非 CPO 方案",
                    "On each figure, the architecture that is not CPO and does best on that figure (pluggable, LPO, NPO and the like).",
                    "在每個項目上，表現最好的非 CPO 架構（可插拔、LPO、NPO 等）。"),
            new Entry("Goodput", "有效訓練比例（goodput）",
                    "The share of wall-clock time spent on useful training, after restarts and checkpoint writes.",
                    "扣除重啟與寫入檢查點後，真正用於訓練的時間比例。"),
            new Entry("P10 / P50 / P90", "P10／P50／P90",
                    "The 10th, 50th (median) and 90th percentiles of the Monte Carlo trials.",
                    "蒙地卡羅模擬結果的第 10、50（中位數）與第 90 百分位數。"),
            new Entry("Top-down / bottom-up", "由上而下／由下而上",
                    "Top-down: a published market forecast. Bottom-up: units from the fabric model times a price.",
                    "由上而下：機構發布的市場預測；由下而上：由網路模型推出的數量乘以單價。"),
            new Entry("CAGR", "CAGR（年複合成長率）", "Compound annual growth rate.", "年複合成長率。"),
            new Entry("ASP", "ASP（平均售價）", "Average selling price, here per CPO port.", "平均售價，本報告指每個 CPO 埠。"),
            new Entry("Single point of failure", "單一供應點",
                    "A component with one qualified supplier in this catalog (not necessarily in the world).",
                    "本資料目錄中只有一家合格供應商的元件（不代表全球僅此一家）。"),
            new Entry("FIT / MTBF", "FIT／MTBF（故障率）",
                    "Failures per billion device-hours / mean time between failures.",
                    "每十億裝置小時的故障次數／平均故障間隔時間。"),
            new Entry("TCO", "TCO（總持有成本）",
                    "Total cost of ownership: capital cost, energy and repairs over the equipment's life.",
                    "總持有成本：設備壽命期間的資本支出、電費與維修成本。"),
            new Entry("Status of a figure", "數字的狀態",
                    "stated (the source says it), secondary (quoted by press or brokers), reconstructed (arithmetic on stated figures), fitted (chosen to reproduce a published run), assumption (no source), not found.",
                    "陳述（來源明載）、二手（媒體或券商轉述）、推算（由陳述數字換算）、擬合（為重現公開結果而選定）、假設（無來源）、查無。"),
            new Entry("億元", "億元", "NT$100 million, the unit Taiwanese readers count revenue in (NT$1 億 = NT$100M).",
                    "新台幣一億元，台灣讀者慣用的營收單位。"));

    static Section section() {
        List<List<Object>> rows = new ArrayList<>();
        for (Entry e : ENTRIES) {
            rows.add(List.of(Text.of(e.termEn(), e.termZh()), Text.of(e.en(), e.zh())));
        }
        return new Section("glossary", Text.of("Glossary", "名詞解釋"), List.of(new DataTable("glossary",
                Text.of("Terms used in this report", "本報告使用的名詞"),
                List.of(Column.of("term", "Term", "名詞", ""), Column.of("meaning", "Meaning", "說明", "")), rows)));
    }
}
