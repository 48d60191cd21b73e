package org.cpolens.model.signals;

import java.time.YearMonth;

/**
 * One month of a company's revenue with the growth figures recomputed from the amounts.
 * A null percentage means "not defined" (its base was 0, or the months it needs are missing).
 *
 * @param yoy3m 3-month moving YoY: the last three months' revenue over the same three months a
 *              year earlier, minus 1, in percent
 */
public record MonthlySignal(YearMonth month, long revenueThousandNtd, Double mom, Double yoy, Double ytdYoy,
                            Double yoy3m) {
}
