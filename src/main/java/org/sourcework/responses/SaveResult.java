package org.sourcework.responses;

/** What became of a save: stored, or refused because the answer was changed elsewhere meanwhile. */
public sealed interface SaveResult {

    record Saved(SavedAnswer answer) implements SaveResult {
    }

    /**
     * Nothing was written: the stored answer is newer than the one the student edited (another
     * tab or device). To keep theirs, save again with {@code current.version()}; or show
     * {@code current}.
     */
    record Conflict(SavedAnswer current) implements SaveResult {
    }
}
