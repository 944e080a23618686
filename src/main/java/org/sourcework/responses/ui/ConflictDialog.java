package org.sourcework.responses.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import org.sourcework.base.ui.VersionConflictDialog;

/** The same answer was saved elsewhere since this page loaded: the student chooses which to keep. */
final class ConflictDialog extends VersionConflictDialog {

    ConflictDialog(Runnable keepMine, Runnable loadNewer) {
        super(translate("reader.conflict.title"), translate("reader.conflict.text"),
                translate("reader.conflict.keep-mine"), translate("reader.conflict.load-newer"), keepMine, loadNewer);
    }
}
