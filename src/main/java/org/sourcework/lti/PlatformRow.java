package org.sourcework.lti;

/** A registered platform with its id. */
public record PlatformRow(long id, PlatformDetails details) {}
