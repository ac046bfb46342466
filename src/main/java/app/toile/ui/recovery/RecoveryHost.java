package app.toile.ui.recovery;

import app.toile.session.DocumentFiles;
import app.toile.ui.base.Localization;
import javafx.scene.Node;
import javafx.stage.Stage;

/** What recovery needs of the window it keeps safe; the window answers, recovery never sees it. */
public interface RecoveryHost {

  /** The window, watched for losing the focus and for closing. */
  Stage stage();

  /** The open canvas's files. */
  DocumentFiles documents();

  Localization localization();

  /** Adds a bar under the toolbar (the notice about a file changed elsewhere). */
  void addTopBar(Node bar);
}
