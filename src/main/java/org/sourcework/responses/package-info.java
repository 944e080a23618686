/**
 * Responses: what students answer. The work of one student on one assigned lesson (pinned to the
 * lesson version they started on), each answer exactly as typed with its automatic score, autosave
 * with conflict detection, submission and reopening.
 * <p>
 * This root package is the feature's API: {@link org.sourcework.responses.ResponseService} and
 * immutable records. Entities and repositories live in {@code internal}; the reader in {@code ui}.
 */
@NullMarked
package org.sourcework.responses;

import org.jspecify.annotations.NullMarked;
