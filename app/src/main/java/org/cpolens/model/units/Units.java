package org.cpolens.model.units;

/**
 * The only place where units are converted. The engine keeps bandwidth in Gb/s, power in W,
 * energy per bit in pJ/bit and money in USD; kW, Tb/s and MUSD exist only for display.
 */
public final class Units {
    private Units() {
    }

    /** pJ/bit = W / (Gb/s) x 1000: 1 W at 1 Gb/s is 1 nJ per bit. */
    public static double picojoulesPerBit(double watts, double gbps) {
        if (gbps <= 0) {
            throw new IllegalArgumentException("bandwidth must be positive, got " + gbps + " Gb/s");
        }
        return watts / gbps * 1000.0;
    }

    /** The inverse: W = pJ/bit x Gb/s / 1000. */
    public static double wattsAt(double picojoulesPerBit, double gbps) {
        return picojoulesPerBit * gbps / 1000.0;
    }

    public static double kilowatts(double watts) {
        return watts / 1000.0;
    }

    public static double watts(double kilowatts) {
        return kilowatts * 1000.0;
    }

    public static double terabitsPerSecond(double gbps) {
        return gbps / 1000.0;
    }

    public static double metresFromMillimetres(double mm) {
        return mm / 1000.0;
    }

    /** A count in millions (ports, modules, accelerators). */
    public static double millions(double count) {
        return count / 1e6;
    }

    public static double millionsUsd(double usd) {
        return usd / 1.0e6;
    }

    public static double billionsUsd(double usd) {
        return usd / 1.0e9;
    }

    /** Billions (of a currency) to hundreds of millions (億), the unit Taiwanese readers count money in. */
    public static double hundredMillionsFromBillions(double billions) {
        return billions * 10.0;
    }

    /** Millions (of a currency) to hundreds of millions (億). */
    public static double hundredMillionsFromMillions(double millions) {
        return millions / 100.0;
    }

    /** Millions to billions. */
    public static double billionsFromMillions(double millions) {
        return millions / 1.0e3;
    }

    /** Thousands (of NT$, the filing unit) to millions. */
    public static double millionsFromThousands(double thousands) {
        return thousands / 1.0e3;
    }

    /** Thousands (of NT$, the filing unit) to hundreds of millions (億元). */
    public static double hundredMillionsFromThousands(double thousands) {
        return thousands / 1.0e5;
    }

    /** A percentage (56.0) to the fraction a spreadsheet's % format expects (0.56). */
    public static double fractionFromPercent(double percent) {
        return percent / 100.0;
    }

    /** Scales a per-port power figure to another port speed at the same energy per bit. */
    public static double scaleWattsToSpeed(double watts, double fromGbps, double toGbps) {
        return wattsAt(picojoulesPerBit(watts, fromGbps), toGbps);
    }

    /** Failure rate in FIT (failures per 1e9 device-hours) to failures per hour. */
    public static double fitToPerHour(double fit) {
        return fit / 1.0e9;
    }

    /** MTBF in hours to FIT. */
    public static double mtbfHoursToFit(double mtbfHours) {
        if (mtbfHours <= 0) {
            throw new IllegalArgumentException("MTBF must be positive, got " + mtbfHours + " h");
        }
        return 1.0e9 / mtbfHours;
    }

    /** Seconds to hours (a link's recovery after a flap is given in seconds). */
    public static double hoursFromSeconds(double seconds) {
        return seconds / 3600.0;
    }

    /** Minutes to hours (restart and checkpoint times are given in minutes). */
    public static double hoursFromMinutes(double minutes) {
        return minutes / 60.0;
    }

    /** Thousand NT$ (the unit of Taiwan's monthly revenue filings) to NT$. */
    public static long ntdFromThousands(long thousands) {
        return Math.multiplyExact(thousands, 1000L);
    }

    /** Taiwan's ROC calendar year to the Gregorian year (ROC 1 = 1912). */
    public static int gregorianYearFromRoc(int rocYear) {
        return rocYear + 1911;
    }

    /** US$ to NT$ at a given rate (NT$ per US$, a catalog figure). */
    public static double twdFromUsd(double usd, double twdPerUsd) {
        return usd * twdPerUsd;
    }

    /** The inverse: Gregorian year to ROC year, for writing dates the way the exchanges do. */
    public static int rocYearFromGregorian(int gregorianYear) {
        return gregorianYear - 1911;
    }

    public static final double HOURS_PER_YEAR = 8766.0; // 365.25 days

    public static final double HOURS_PER_DAY = 24.0;
}
