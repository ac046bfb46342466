package app.toile.ui;

import app.toile.export.ExportFile;
import app.toile.export.ExportFormat;
import app.toile.export.ExportOptions;
import app.toile.export.FindingLines;
import app.toile.model.Canvas;
import app.toile.session.CanvasExporter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;

/** PDF, PNG or PowerPoint export through {@link ExportFile}, with the validator's findings beside segments. */
final class FileCanvasExporter implements CanvasExporter {

  @Override
  public void export(Canvas canvas, Path source, Path target, Locale locale,
      DoubleConsumer progress) {
    ExportFormat format = ExportFormat.ofFile(target);
    ExportFile.write(target, source == null ? List.of() : List.of(source),
        format == null ? ExportFormat.PDF : format, canvas, FindingLines.validate(canvas, locale),
        ExportOptions.of(locale), progress);
  }
}
