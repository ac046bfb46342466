package app.toile.ui;

import app.toile.export.ExportFile;
import app.toile.export.ExportFormat;
import app.toile.export.ExportOptions;
import app.toile.export.FindingLines;
import app.toile.model.Canvas;
import app.toile.ui.document.CanvasExporter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/** PDF, PNG or PowerPoint export through {@link ExportFile}, with the validator's findings beside segments. */
final class FileCanvasExporter implements CanvasExporter {

  @Override
  public void export(Canvas canvas, Path target, Locale locale) throws IOException {
    export(canvas, target, locale, progress -> { });
  }

  @Override
  public void export(Canvas canvas, Path target, Locale locale, DoubleConsumer progress)
      throws IOException {
    ExportFormat format = ExportFormat.ofFile(target);
    ExportFile.write(target, format == null ? ExportFormat.PDF : format, canvas,
        FindingLines.validate(canvas, locale), ExportOptions.of(locale), progress);
  }
}
