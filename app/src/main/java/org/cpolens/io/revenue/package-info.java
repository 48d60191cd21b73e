/**
 * Taiwan monthly revenue at the boundary: the MOPS/TWSE CSV and the TWSE/TPEx OpenAPI JSON are
 * parsed here (ROC dates become Gregorian, amounts stay exact thousand NT$), checked against the
 * file's own percentage columns, and stored in an embedded H2 database with idempotent,
 * all-or-nothing imports and a log of every correction. The fetch client reads the official
 * open-data endpoints; the bundled events log and watchlists are loaded here too.
 */
package org.cpolens.io.revenue;
