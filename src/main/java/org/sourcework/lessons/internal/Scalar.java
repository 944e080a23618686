package org.sourcework.lessons.internal;

/** A text value of a YAML file, normalised by {@link Prose}, with the line it stands on. */
record Scalar(String value, int line) {}
