/**
 * Turns model results into things people read: the report model (sections of tables, charts and
 * key figures in English and Traditional Chinese), terminal tables, CSV, JSON, HTML and XLSX.
 */
package org.cpolens.report;
