/**
 * The student's feedback screen: released feedback beside the answers it was given on.
 */
@NullMarked
package org.sourcework.feedback.ui;

import org.jspecify.annotations.NullMarked;
