package org.sourcework.perf;

/**
 * An hour of a smaller class: the class period with its defaults changed by perf/run-all
 * ({@code -Dstudents=60 -Dminutes=60}); nothing may fail or slow down as the hour goes on, which the
 * figures of its first and last ten minutes show in the Gatling report.
 */
public class Soak extends ClassPeriod {
}
