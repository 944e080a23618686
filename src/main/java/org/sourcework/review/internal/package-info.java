/**
 * How feedback is stored: the entities of the feedback and comment_bank tables and their
 * repositories. Only the review feature uses this package.
 */
@NullMarked
package org.sourcework.review.internal;

import org.jspecify.annotations.NullMarked;
