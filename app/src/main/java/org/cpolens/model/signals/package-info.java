/**
 * Revenue signals, pure math over monthly revenue rows: month-on-month, year-on-year, year-to-date
 * and 3-month moving growth, momentum ranking and inflection flags, plus the dated events log and
 * watchlists they are shown beside. Amounts stay in thousand NT$ as exact longs (the unit of the
 * filings); percentages are computed here, never copied from a file.
 */
package org.cpolens.model.signals;
