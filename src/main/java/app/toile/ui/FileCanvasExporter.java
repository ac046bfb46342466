package app.toile.ui;

import app.toile.export.ExportFile;
import app.toile.export.ExportFormat;
import app.toile.export.ExportOptions;
import app.toile.export.ExportPart;
import app.toile.export.FindingLines;
import app.toile.model.Canvas;
import app.toile.session.CanvasExporter;
import app.toile.session.ExportChoices;
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
    write(canvas, source, target, format == null ? ExportFormat.PDF : format,
        ExportOptions.of(locale), progress);
  }

  @Override
  public void export(Canvas canvas, Path source, ExportChoices choices, DoubleConsumer progress) {
    write(canvas, source, choices.target(), choices.format().document(), choices.options(), progress);
  }

  private static void write(Canvas canvas, Path source, Path target, ExportFormat format,
      ExportOptions options, DoubleConsumer progress) {
    // Validated only when printed: a large canvas's findings take time of their own.
    FindingLines findings = options.includes(ExportPart.FINDINGS)
        ? FindingLines.validate(canvas, options.locale()) : FindingLines.NONE;
    ExportFile.write(target, source == null ? List.of() : List.of(source), format, canvas,
        findings, options, progress);
  }
}
