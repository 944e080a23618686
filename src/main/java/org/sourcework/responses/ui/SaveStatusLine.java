package org.sourcework.responses.ui;

import org.sourcework.base.ui.AutosaveStatus;
import org.sourcework.base.ui.ReaderFormat;

/** Whether one answer is saved: "Saved at 10:42", "Saving…", "Not saved, retrying" with a retry button. */
final class SaveStatusLine extends AutosaveStatus {

    SaveStatusLine(AnswerSaver saver, ReaderFormat format) {
        super(saver, format::when, "reader.status");
    }
}
