package org.sourcework.base;

/**
 * What became of a save that named the version it was based on: written, or refused because what is
 * stored moved on meanwhile (another tab, another instructor). Every service that autosaves returns
 * this, and the screens' autosavers read it as it is.
 *
 * @param <T> what the service hands back: the stored value with its version and time
 */
public sealed interface SaveOutcome<T> {

    /** What is stored now: the value just written, or the newer one that stopped the write. */
    T stored();

    record Saved<T>(T stored) implements SaveOutcome<T> {}

    /**
     * Nothing was written: {@code stored} was saved by someone else after the version sent. To keep
     * one's own value, save again naming {@code stored}'s version; or show {@code stored}.
     */
    record Conflict<T>(T stored) implements SaveOutcome<T> {}
}
