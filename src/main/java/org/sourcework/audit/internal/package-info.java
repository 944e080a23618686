/** Persistence of the audit log: an immutable entity and insert-and-query access, nothing else. */
@NullMarked
package org.sourcework.audit.internal;

import org.jspecify.annotations.NullMarked;
