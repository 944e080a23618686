/**
 * The main layout, the error screens and small widgets every feature's screens share.
 */
@NullMarked
package org.sourcework.base.ui;

import org.jspecify.annotations.NullMarked;
