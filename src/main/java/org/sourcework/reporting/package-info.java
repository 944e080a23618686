/**
 * Reporting: the read-only SQL that joins the tables of several features (roster, responses,
 * review) for the class overview, the instructor's home tallies and the analytics. The features
 * that show these figures own no SQL on other features' tables; the queries are kept here, together,
 * and ReportingQueriesTest runs every one of them against the migrated schema, so renaming a column
 * they read fails a test in this package. See docs/decisions/0013-reporting-queries.md.
 * <p>
 * This package holds only the queries and the records they return; it has no entities and no screens.
 */
@NullMarked
package org.sourcework.reporting;

import org.jspecify.annotations.NullMarked;
