package org.sourcework.lessons;

/** An example answer for the instructor. @param level a short name such as "3 – strong" */
public record Exemplar(String level, String text) {}
