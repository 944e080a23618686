/**
 * Whether this server can do its work: the readiness check that the database accepts writes, and the
 * one log line that says so when it stops.
 */
@NullMarked
package org.sourcework.base.health;

import org.jspecify.annotations.NullMarked;
