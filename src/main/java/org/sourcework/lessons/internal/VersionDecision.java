package org.sourcework.lessons.internal;

/** What storing a valid lesson folder does, given the hash of the lesson's current version. */
enum VersionDecision {
    /** The slug is new: the lesson and its version 1. */
    NEW_LESSON,
    /** The files changed: the next version number becomes current. */
    NEW_VERSION,
    /** Same files as the current version: nothing to store. */
    UNCHANGED;

    /**
     * @param currentHash the hash of the lesson's current version, or null when the slug is new
     */
    static VersionDecision decide(String currentHash, String newHash) {
        if (currentHash == null) {
            return NEW_LESSON;
        }
        return currentHash.equals(newHash) ? UNCHANGED : NEW_VERSION;
    }
}
