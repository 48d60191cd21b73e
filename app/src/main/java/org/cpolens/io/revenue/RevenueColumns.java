package org.cpolens.io.revenue;

import java.util.List;

/** The columns of the MOPS monthly revenue table, exactly as the CSV header and the JSON keys spell them. */
public final class RevenueColumns {
    public static final String REPORT_DATE = "出表日期";
    public static final String MONTH = "資料年月";
    public static final String CODE = "公司代號";
    public static final String NAME = "公司名稱";
    public static final String INDUSTRY = "產業別";
    public static final String REVENUE = "營業收入-當月營收";
    public static final String PREVIOUS_MONTH = "營業收入-上月營收";
    public static final String LAST_YEAR_MONTH = "營業收入-去年當月營收";
    public static final String MOM = "營業收入-上月比較增減(%)";
    public static final String YOY = "營業收入-去年同月增減(%)";
    public static final String CUMULATIVE = "累計營業收入-當月累計營收";
    public static final String LAST_YEAR_CUMULATIVE = "累計營業收入-去年累計營收";
    public static final String YTD = "累計營業收入-前期比較增減(%)";
    public static final String NOTE = "備註";

    /** In file order. */
    public static final List<String> ALL = List.of(REPORT_DATE, MONTH, CODE, NAME, INDUSTRY, REVENUE, PREVIOUS_MONTH,
            LAST_YEAR_MONTH, MOM, YOY, CUMULATIVE, LAST_YEAR_CUMULATIVE, YTD, NOTE);

    private RevenueColumns() {
    }
}
