package org.sourcework.review;

/**
 * How far the instructor has got with one student's written answers (answers scored automatically
 * need no review and are not counted).
 *
 * @param toReview written answers handed in
 * @param reviewed of those, answers whose newest version has feedback, draft or released
 * @param released of those, answers whose feedback is released
 * @param read     of those, answers whose feedback the student has opened
 */
public record ReviewProgress(long toReview, long reviewed, long released, long read) {

    public static final ReviewProgress NONE = new ReviewProgress(0, 0, 0, 0);
}
