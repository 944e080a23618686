package org.sourcework.demo;

/** A student of the sample class and how far, and how well, their demo work goes. */
record SampleStudent(String username, String displayName, Profile profile) {

    enum Profile {
        /** Every answer right or at the top of the rubric; submitted. */
        STRONG,
        /** About half right, middle of the rubric; submitted. */
        DEVELOPING,
        /** Mostly wrong, bottom of the rubric; submitted. */
        BEGINNING,
        /** The sourcing questions and the first sections answered; not submitted. */
        PARTIAL,
        /** Has not opened the lesson. */
        NOT_STARTED
    }

    String email() {
        return username + "@demo.sourcework.org";
    }
}
