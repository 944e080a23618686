/**
 * The administrator's audit log screen.
 */
@NullMarked
package org.sourcework.audit.ui;

import org.jspecify.annotations.NullMarked;
