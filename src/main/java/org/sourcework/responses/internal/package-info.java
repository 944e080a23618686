/**
 * How responses are stored: the entities of the student_work and answer tables, their
 * repositories, and the encoding of each kind of answer into the answer table's columns. Only the
 * responses feature uses this package.
 */
@NullMarked
package org.sourcework.responses.internal;

import org.jspecify.annotations.NullMarked;
