package org.sourcework.lessons;

/** @param explanation why this option is right or wrong; may be null for a multiple-choice option */
public record Option(String id, String text, boolean correct, String explanation) {}
