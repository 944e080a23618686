/**
 * The append-only audit log: who did what, when, to what. Features write through {@link AuditLog};
 * administrators read and export through {@link AuditService}, which words each entry as a sentence with
 * the names of the people and things it is about, named by the features that own them ({@link AuditNames}).
 * Nothing updates or deletes an entry.
 */
@NullMarked
package org.sourcework.audit;

import org.jspecify.annotations.NullMarked;
