package app.toile.ui.print;

import app.toile.session.CanvasPrint;
import app.toile.ui.base.Localization;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.PrintResolution;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * File › Print…: the page setup, then the print dialog, then the canvas page as the PDF draws it,
 * rendered at the printer's resolution and scaled to its printable area. Where there is no
 * printer (a server, a test), it says so plainly and prints nothing.
 */
public final class CanvasPrinter {
  private final PrintViewModel model;
  private final Localization l10n;

  public CanvasPrinter(PrintViewModel model, Localization l10n) {
    this.model = model;
    this.l10n = l10n;
  }

  /** Asks how and where to print, then prints the open canvas's page. */
  public void print(Window owner) {
    if (!model.canvasOpenProperty().get()) {
      return;
    }
    Printer printer = defaultPrinter();
    PrinterJob job = printer == null ? null : PrinterJob.createPrinterJob(printer);
    if (job == null) {
      tell(owner, Alert.AlertType.INFORMATION, "dialog.print.noPrinter", "dialog.print.detail");
      return;
    }
    // Landscape, as the canvas is: the page setup opens on it.
    job.getJobSettings().setPageLayout(printer.createPageLayout(
        job.getJobSettings().getPageLayout().getPaper(), PageOrientation.LANDSCAPE,
        Printer.MarginType.DEFAULT));
    if (!job.showPageSetupDialog(owner) || !job.showPrintDialog(owner)) {
      job.cancelJob();
      return;
    }
    PageLayout layout = job.getJobSettings().getPageLayout();
    PrintResolution resolution = job.getJobSettings().getPrintResolution();
    int dpi = Math.min(resolution.getFeedResolution(), resolution.getCrossFeedResolution());
    Paper paper = layout.getPaper();
    model.render(paper.getName(), layout.getPrintableWidth(), layout.getPrintableHeight(), dpi,
        page -> printPage(owner, job, layout, page),
        why -> {
          job.cancelJob();
          tell(owner, Alert.AlertType.ERROR, "dialog.print.failed", null, why);
        });
  }

  private void printPage(Window owner, PrinterJob job, PageLayout layout, CanvasPrint.Page page) {
    ImageView view = new ImageView(SwingFXUtils.toFXImage(page.image(), null));
    view.setPreserveRatio(true);
    view.setSmooth(true);
    view.setFitWidth(page.width());
    view.setFitHeight(page.height());
    if (!job.printPage(layout, view) || !job.endJob()) {
      job.cancelJob();
      tell(owner, Alert.AlertType.ERROR, "dialog.print.failed", null, job.getJobStatus().name());
    }
  }

  /** The system's printer; none where printing is not set up, or fails to answer. */
  private static Printer defaultPrinter() {
    try {
      return Printer.getDefaultPrinter();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void tell(Window owner, Alert.AlertType type, String headerKey, String textKey,
      String... detail) {
    Alert alert = new Alert(type);
    alert.initOwner(owner);
    alert.setTitle(l10n.ui().get("dialog.print.title"));
    alert.setHeaderText(l10n.ui().get(headerKey));
    alert.setContentText(textKey != null ? l10n.ui().get(textKey)
        : detail.length > 0 ? detail[0] : "");
    alert.getDialogPane().getStyleClass().add("print-message");
    alert.show();
  }
}
