package org.sourcework.responses;

/** Hard limits that the service and the database columns both enforce. */
public final class AnswerLimits {

    /** The most characters (UTF-16 units, as a browser counts them) of any one text field. */
    public static final int MAX_TEXT = 5000;

    /** The most characters of the stored list of chosen options, sentences or placements. */
    public static final int MAX_SELECTION = 2000;

    /**
     * The most characters of a text field whose question allows {@code questionLimit}: never more
     * than {@link #MAX_TEXT}, which is what the database holds. The service and the view both use it.
     */
    public static int ofText(int questionLimit) {
        return Math.min(questionLimit, MAX_TEXT);
    }

    private AnswerLimits() {}
}
