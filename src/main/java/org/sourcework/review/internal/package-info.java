/**
 * How feedback is stored: the entities of the feedback and comment_bank tables and their
 * repositories. Only the review feature uses this package.
 */
package org.sourcework.review.internal;
