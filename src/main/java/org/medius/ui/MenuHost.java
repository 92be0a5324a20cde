package org.medius.ui;

import javafx.stage.Window;

/**
 * What the menus need from the window they sit in, so that {@link WindowMenus} does not depend on
 * {@link MainWindow}: the owner of their dialogs, the open-a-video chooser the tool bar shares, and the error dialog.
 */
interface MenuHost {

    /** The window that owns the menus' dialogs and file choosers; File > Quit hides it (as Stage.close does). */
    Window owner();

    /** Asks for a video and opens it (File > Open Video…, the tool bar's Open…). */
    void openWithChooser();

    /** Shows one sentence in an error dialog. */
    void showError(String message);
}
