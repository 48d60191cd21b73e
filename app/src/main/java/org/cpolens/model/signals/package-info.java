/**
 * Revenue signals, pure math over monthly revenue rows: month-on-month, year-on-year, year-to-date,
 * 3-month moving and (optionally) January-plus-February growth, momentum ranking and inflection flags,
 * filing deadlines and per-company coverage (present, not yet due, missing), the event-study view, and
 * the dated events log and watchlists they are shown beside. Amounts stay in thousand NT$ as exact longs
 * (the unit of the filings); percentages are computed here, never copied from a file, and a missing month
 * is never taken as zero.
 */
package org.cpolens.model.signals;
