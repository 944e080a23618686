/**
 * The append-only audit log: who did what, when, to what. Features write through {@link AuditLog};
 * administrators read and export through {@link AuditService}. Nothing updates or deletes an entry.
 */
@NullMarked
package org.sourcework.audit;

import org.jspecify.annotations.NullMarked;
