package org.cpolens.io.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.cpolens.model.InputException;
import org.cpolens.model.signals.RevenueMath;
import org.cpolens.model.signals.RevenueRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RevenueFileParserTest {
    @Test
    void readsTheMopsCsv() {
        ParsedRevenueFile f = RevenueFileParser.read(Fixtures.path("mops-revenue-fixture-11310.csv"));
        assertThat(f.format()).isEqualTo(RevenueFormat.MOPS_CSV);
        assertThat(f.encoding()).isEqualTo("UTF-8");
        assertThat(f.rows()).hasSize(5);
        assertThat(f.mismatches()).isEmpty();
        assertThat(f.notes()).isEmpty();
        RevenueRow tsmc = f.rows().get(0).row();
        // "113/11/07" and "113/10" are ROC: 2024-11-07 and 2024-10
        assertThat(tsmc.companyCode()).isEqualTo("2330");
        assertThat(tsmc.reportDate()).isEqualTo(LocalDate.of(2024, 11, 7));
        assertThat(tsmc.month()).isEqualTo(YearMonth.of(2024, 10));
        assertThat(tsmc.revenueThousandNtd()).isEqualTo(256_840_064L);
        assertThat(tsmc.previousMonthThousandNtd()).isEqualTo(257_470_855L);
        assertThat(tsmc.lastYearMonthThousandNtd()).isEqualTo(230_853_029L);
        assertThat(tsmc.statedMomPercent()).isEqualTo(new BigDecimal("-0.24"));
        assertThat(tsmc.cumulativeThousandNtd()).isEqualTo(2_361_075_265L);
        assertThat(tsmc.note()).isEqualTo("-");
        assertThat(f.rows().get(0).where()).endsWith("mops-revenue-fixture-11310.csv:2");
        // a quoted note holding a comma and doubled quotes
        assertThat(f.rows().get(1).row().note()).isEqualTo("主要係客戶拉貨，\"矽光子\" 需求增加, 營收成長");
        // last year 0: the YoY cell is empty in the file and undefined when recomputed
        RevenueRow start = f.rows().get(4).row();
        assertThat(start.statedYoyPercent()).isNull();
        assertThat(start.yoy()).isEmpty();
        assertThat(start.mom()).isPresent();
    }

    /** Every stated MoM / YoY / YTD of the fixtures equals the recomputed value to 1e-9 once rounded as the file rounds. */
    @ParameterizedTest
    @ValueSource(strings = {"mops-revenue-fixture-11307.csv", "mops-revenue-fixture-11308.csv",
            "mops-revenue-fixture-11309.csv", "mops-revenue-fixture-11310.csv", "mops-revenue-fixture-11310-corrected.csv",
            "openapi-revenue-fixture-t187ap05_L.json", "mops-revenue-fixture-11309-big5.csv"})
    void recomputedPercentagesMatchTheFilesColumns(String name) {
        ParsedRevenueFile f = RevenueFileParser.read(Fixtures.path(name));
        assertThat(f.rows()).isNotEmpty();
        assertThat(f.mismatches()).isEmpty();
        for (ParsedRow p : f.rows()) {
            RevenueRow r = p.row();
            check(r.revenueThousandNtd(), r.previousMonthThousandNtd(), r.statedMomPercent());
            check(r.revenueThousandNtd(), r.lastYearMonthThousandNtd(), r.statedYoyPercent());
            check(r.cumulativeThousandNtd(), r.lastYearCumulativeThousandNtd(), r.statedYtdPercent());
        }
    }

    private static void check(long current, long base, BigDecimal stated) {
        if (stated == null) {
            assertThat(base).isZero();
            return;
        }
        BigDecimal rounded = RevenueMath.roundedPercent(current, base, stated.scale());
        assertThat(Math.abs(rounded.doubleValue() - stated.doubleValue())).isLessThanOrEqualTo(1e-9);
    }

    @Test
    void reportsAStatedColumnTheAmountsDoNotGive() {
        ParsedRevenueFile f = RevenueFileParser.read(Fixtures.path("mops-revenue-fixture-11310-mismatch.csv"));
        assertThat(f.mismatches()).hasSize(1);
        StatedMismatch m = f.mismatches().get(0);
        assertThat(m.companyCode()).isEqualTo("2330");
        assertThat(m.column()).isEqualTo(RevenueColumns.YOY);
        assertThat(m.stated()).isEqualTo("99.99");
        // (256840064 - 230853029) / 230853029 x 100
        assertThat(m.recomputed()).isCloseTo((256_840_064.0 - 230_853_029.0) / 230_853_029.0 * 100, within(1e-9));
        assertThat(m.message()).contains(":2:").contains("99.99").contains("recomputed value is used");
    }

    @Test
    void readsTheOpenApiJsonWithMixedMonths() {
        ParsedRevenueFile f = RevenueFileParser.read(Fixtures.path("openapi-revenue-fixture-t187ap05_L.json"));
        assertThat(f.format()).isEqualTo(RevenueFormat.OPENAPI_JSON);
        assertThat(f.rows()).extracting(p -> p.row().month()).containsExactly(YearMonth.of(2025, 10),
                YearMonth.of(2025, 10), YearMonth.of(2025, 9), YearMonth.of(2025, 10));
        // "1141107": ROC 114 = 2025
        assertThat(f.rows().get(0).row().reportDate()).isEqualTo(LocalDate.of(2025, 11, 7));
        assertThat(f.rows().get(1).where()).contains("(record 2)");
    }

    @Test
    void readsBig5() {
        ParsedRevenueFile f = RevenueFileParser.read(Fixtures.path("mops-revenue-fixture-11309-big5.csv"));
        assertThat(f.encoding()).isEqualTo("Big5");
        assertThat(f.rows().get(0).row().companyName()).isEqualTo("範例晶圓(範例)");
        assertThat(f.rows().get(0).row().industry()).isEqualTo("半導體業");
    }

    @Test
    void headerOnlyIsANoteNotAnError() {
        ParsedRevenueFile f = RevenueFileParser.read(Fixtures.path("mops-revenue-fixture-11311-header-only.csv"));
        assertThat(f.rows()).isEmpty();
        assertThat(f.notes()).singleElement().asString().contains("not published yet");
        ParsedRevenueFile j = RevenueFileParser.read(Fixtures.path("openapi-revenue-fixture-empty.json"));
        assertThat(j.notes()).singleElement().asString().contains("not published yet");
    }

    @Test
    void corruptCellRejectsTheFileWithLineColumnAndValue() {
        assertThatThrownBy(() -> RevenueFileParser.read(Fixtures.path("mops-revenue-fixture-11310-corrupt.csv")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("mops-revenue-fixture-11310-corrupt.csv:4")
                .hasMessageContaining(RevenueColumns.REVENUE)
                .hasMessageContaining("12O456");
    }

    @Test
    void badInputMessages() {
        assertThatThrownBy(() -> parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> parse("   \r\n")).hasMessageContaining("empty");
        assertThatThrownBy(() -> parse("id,name\n1,2\n")).hasMessageContaining("unknown format");
        assertThatThrownBy(() -> parse("{\"stat\":\"error\"}")).hasMessageContaining("not an array");
        assertThatThrownBy(() -> parse("[{\"出表日期\":\"1141107\"}]")).hasMessageContaining("資料年月").hasMessageContaining("missing");
        assertThatThrownBy(() -> parse("[{\"a\":")).hasMessageContaining("not valid JSON");
        String wrongHeader = String.join(",", RevenueColumns.ALL).replace("產業別", "產業") + "\n";
        assertThatThrownBy(() -> parse(wrongHeader)).hasMessageContaining("column 5").hasMessageContaining("產業別");
        String header = String.join(",", RevenueColumns.ALL) + "\n";
        assertThatThrownBy(() -> parse(header + "\"113/11/07\",\"113/13\"" + ",\"x\"".repeat(12) + "\n"))
                .hasMessageContaining(":2").hasMessageContaining("113/13").hasMessageContaining("ROC");
        assertThatThrownBy(() -> parse(header + "\"113/11/07\"\n")).hasMessageContaining("1 fields");
        assertThatThrownBy(() -> parse(header + "\"unterminated\n")).hasMessageContaining("never closed");
        // a row repeated in one file is ambiguous
        String row = "\"113/11/07\",\"113/10\",\"1234\",\"n\",\"i\",\"10\",\"10\",\"10\",\"0.00\",\"0.00\",\"10\",\"10\",\"0.00\",\"-\"\n";
        assertThatThrownBy(() -> parse(header + row + row)).hasMessageContaining("twice").hasMessageContaining(":2");
        assertThatThrownBy(() -> parse(header + row.replace("\"0.00\",\"10\"", "\"zero\",\"10\"")))
                .hasMessageContaining("not a decimal number").hasMessageContaining("'zero'");
        assertThat(parse(header + row).rows()).hasSize(1);
    }

    @Test
    void rejectsEncodingsOtherThanUtf8AndBig5() {
        byte[] utf16 = "\uFEFF出表日期".getBytes(StandardCharsets.UTF_16BE);
        assertThatThrownBy(() -> RevenueFileParser.parse("x.csv", utf16)).hasMessageContaining("UTF-16");
        byte[] junk = {(byte) 0xFF, (byte) 0xFF, (byte) 0x80, 0x41};
        assertThatThrownBy(() -> RevenueFileParser.parse("x.csv", junk)).hasMessageContaining("neither UTF-8 nor Big5");
    }

    private static ParsedRevenueFile parse(String text) {
        return RevenueFileParser.parse("t.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    static List<ParsedRevenueFile> read(String... names) {
        return java.util.Arrays.stream(names).map(n -> RevenueFileParser.read(Fixtures.path(n))).toList();
    }

    // ---- the live shape

    static final List<String> LIVE = List.of("t21sc03_113_10_sii.csv", "t21sc03_113_10_otc.csv", "t21sc03_113_11_sii.csv",
            "t21sc03_113_11_otc.csv", "t21sc03_113_12_sii.csv", "t21sc03_113_12_otc.csv", "t21sc03_114_1_sii.csv",
            "t21sc03_114_1_otc.csv", "t21sc03_114_2_sii.csv", "t21sc03_114_2_otc.csv", "t21sc03_114_3_sii.csv",
            "t21sc03_114_3_otc.csv", "t21sc03_114_3_otc-corrected.csv", "mopsfin_t187ap05_O-11403.json");

    static List<String> live() {
        return LIVE;
    }

    /** Full-precision percentages agree with the amounts: no false mismatch in any live-shape file. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("live")
    void liveShapeFilesParseWithoutFalseMismatches(String name) {
        ParsedRevenueFile f = RevenueFileParser.read(Fixtures.path("live/" + name), TODAY);
        assertThat(f.rows()).isNotEmpty();
        assertThat(f.mismatches()).isEmpty();
        assertThat(f.rows()).allSatisfy(p -> assertThat(p.row().statedMomPercent().scale()).isGreaterThan(2));
    }

    static final LocalDate TODAY = LocalDate.of(2025, 4, 30);

    @Test
    void liveShapeKeepsFullPrecisionAndRemarksVerbatim() {
        ParsedRevenueFile f = RevenueFileParser.read(Fixtures.path("live/t21sc03_114_1_sii.csv"), TODAY);
        RevenueRow cement = f.rows().get(0).row();
        assertThat(cement.statedMomPercent()).isEqualTo(new BigDecimal("-1.9863925674696465"));
        assertThat(cement.note()).startsWith("本月因水泥窯例行歲修，停窯約二十日（１月６日至２６日），產量較上月減少約１５％，")
                .endsWith("致上月基期偏高。");
        ParsedRevenueFile otc = RevenueFileParser.read(Fixtures.path("live/t21sc03_113_12_otc.csv"), TODAY);
        assertThat(otc.rows().get(0).row().note()).isEqualTo("主要係客戶拉貨，\"矽光子\" 需求增加, 營收成長 35.2%（較去年同期）。");
        // 3234 had no revenue a year earlier: an empty YoY that agrees with a zero base
        ParsedRevenueFile feb = RevenueFileParser.read(Fixtures.path("live/t21sc03_114_2_otc.csv"), TODAY);
        RevenueRow zeroBase = feb.rows().stream().map(ParsedRow::row).filter(r -> r.companyCode().equals("3234"))
                .findFirst().orElseThrow();
        assertThat(zeroBase.lastYearMonthThousandNtd()).isZero();
        assertThat(zeroBase.statedYoyPercent()).isNull();
        // the JSON of the same month and market holds the same rows as the CSV
        ParsedRevenueFile csv = RevenueFileParser.read(Fixtures.path("live/t21sc03_114_3_otc.csv"), TODAY);
        ParsedRevenueFile json = RevenueFileParser.read(Fixtures.path("live/mopsfin_t187ap05_O-11403.json"), TODAY);
        assertThat(json.rows()).extracting(ParsedRow::row).isEqualTo(csv.rows().stream().map(ParsedRow::row).toList());
    }

    @Test
    void aCorruptLiveFileIsRejectedWithLineAndValue() {
        assertThatThrownBy(() -> RevenueFileParser.read(Fixtures.path("live/t21sc03_114_3_sii-corrupt.csv"), TODAY))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("t21sc03_114_3_sii-corrupt.csv:4")
                .hasMessageContaining(RevenueColumns.MOM)
                .hasMessageContaining("1.911３854858374115");
        assertThat(RevenueFileParser.read(Fixtures.path("live/t21sc03_114_4_otc.csv"), TODAY).notes())
                .singleElement().asString().contains("not published yet");
    }

    @Test
    void monthsNotOverAndReportDatesAfterTodayAreRefused() {
        String header = String.join(",", RevenueColumns.ALL) + "\n";
        String row = "\"114/04/10\",\"114/03\",\"1234\",\"n\",\"i\",\"10\",\"10\",\"10\",\"0\",\"0\",\"10\",\"10\",\"0\",\"-\"\n";
        byte[] bytes = (header + row).getBytes(StandardCharsets.UTF_8);
        assertThat(RevenueFileParser.parse("t.csv", bytes, LocalDate.of(2025, 4, 10)).rows()).hasSize(1);
        assertThatThrownBy(() -> RevenueFileParser.parse("t.csv", bytes, LocalDate.of(2025, 4, 9)))
                .hasMessageContaining("t.csv:2").hasMessageContaining("114/04/10").hasMessageContaining("after today");
        byte[] current = (header + row.replace("114/04/10", "114/03/31")).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RevenueFileParser.parse("t.csv", current, LocalDate.of(2025, 3, 31)))
                .hasMessageContaining("t.csv:2").hasMessageContaining("'114/03'").hasMessageContaining("not over yet");
    }

    @Test
    void refusesWhatIsNotABoundedRegularFileBeforeReading(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("zero.csv"), java.nio.file.Path.of("/dev/zero"));
        assertThatThrownBy(() -> RevenueFileParser.read(link, TODAY)).isInstanceOf(InputException.class)
                .hasMessageContaining("zero.csv").hasMessageContaining("not a regular file").hasMessageContaining("/dev/zero");
        java.nio.file.Path fifo = dir.resolve("pipe.csv");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        assertThatThrownBy(() -> RevenueFileParser.read(fifo, TODAY)).hasMessageContaining("not a regular file");
        // a sparse file just above the limit costs no disk and must be refused by its size alone
        java.nio.file.Path huge = dir.resolve("huge.csv");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(RevenueFileParser.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> RevenueFileParser.read(huge, TODAY))
                .hasMessageContaining(String.valueOf(RevenueFileParser.MAX_BYTES + 1))
                .hasMessageContaining(String.valueOf(RevenueFileParser.MAX_BYTES));
    }
}
