/**
 * Taiwan monthly revenue at the boundary. One {@link org.cpolens.io.revenue.RevenueReader} per shape
 * (the MOPS monthly CSV, the TWSE/TPEx OpenAPI JSON) turns a bounded, decoded file into checked rows
 * (ROC dates become Gregorian, amounts stay exact thousand NT$, the file's own percentages are compared
 * with recomputed ones). {@link org.cpolens.io.revenue.RevenueStore} keeps every filing with its report
 * date in an embedded H2 database and reads it read-only, current or "as of" a day;
 * {@link org.cpolens.io.revenue.RevenueImporter} writes imports crash-safely (a private copy renamed over
 * the database) and {@link org.cpolens.io.revenue.RevenueRecovery} repairs old or damaged files.
 * {@link org.cpolens.io.revenue.HistoryFetch} downloads MOPS's monthly archive politely into a
 * {@link org.cpolens.io.revenue.RevenueArchive} with the provenance of each file; the events log and
 * watchlists are loaded here too.
 */
package org.cpolens.io.revenue;
