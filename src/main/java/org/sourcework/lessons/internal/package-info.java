/**
 * How lessons are read, checked and stored: the parser and validator of a lesson folder, the
 * entities of the lesson and lesson_version tables, and the sync that stores a new version when a
 * folder changes. Only {@code LessonCatalogService} uses this package.
 */
@NullMarked
package org.sourcework.lessons.internal;

import org.jspecify.annotations.NullMarked;
