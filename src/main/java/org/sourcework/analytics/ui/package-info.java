/**
 * The analytics screen: statistics per question, the skill report and the CSV export button.
 */
@NullMarked
package org.sourcework.analytics.ui;

import org.jspecify.annotations.NullMarked;
