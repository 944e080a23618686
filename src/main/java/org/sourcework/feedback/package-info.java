/**
 * Feedback as the student sees it: how much released feedback waits on their home, reading it
 * beside the answers it was given on, and marking it read. Never drafts.
 * <p>
 * This root package is the feature's API: its service and records. The screen lives in {@code ui}.
 */
@NullMarked
package org.sourcework.feedback;

import org.jspecify.annotations.NullMarked;
