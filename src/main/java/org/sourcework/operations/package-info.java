/**
 * What an operator runs beside the application: the online H2 backup on the management port, and the
 * one-command move of a school's data from the embedded H2 database to PostgreSQL. Nothing in the
 * features depends on this package; see docs/operations.md.
 */
@NullMarked
package org.sourcework.operations;

import org.jspecify.annotations.NullMarked;
