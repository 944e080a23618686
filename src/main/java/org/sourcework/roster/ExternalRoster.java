package org.sourcework.roster;

/** A place a class's roster can be refreshed from: its name, and the path of the screen that does it. */
public record ExternalRoster(String sourceName, String path) {}
