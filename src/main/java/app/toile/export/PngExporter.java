package app.toile.export;

import app.toile.model.Canvas;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.function.DoubleConsumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Exports the canvas page as a PNG image, drawn by PDFBox's renderer from the same layout as the
 * PDF, so it needs no display. The image is the poster alone: no page footer, only the
 * attribution the canvas's licence asks for. Its resolution is recorded in the file (the PNG's
 * {@code pHYs} chunk), so that an image program prints it at the paper's size.
 */
public final class PngExporter {
  /** Resolution of the image unless told otherwise: 2 pixels per point. */
  public static final int DPI = 144;
  /** Below this, the notes' text is a blur of pixels. */
  public static final int MIN_DPI = 72;
  /** Above this, an image costs memory and time and shows nothing more. */
  public static final int MAX_DPI = 600;
  /** The most pixels an image may have: about 240 MB while it is drawn. */
  public static final long MAX_PIXELS = 60_000_000L;
  private static final double INCH = 0.0254;

  static {
    // ImageIO would otherwise cache the image in a file of its own in the system's temporary
    // folder: a second file written outside the safe writer, left behind by a kill, and closed
    // at exit with a stack trace when the disk was full.
    ImageIO.setUseCache(false);
  }

  private PngExporter() {}

  /**
   * The highest resolution an image of the canvas page may have on this paper: {@link #MAX_DPI},
   * or less on large paper, so that the image stays under {@link #MAX_PIXELS}.
   */
  public static int maxDpi(Paper paper) {
    double squareInches = paper.width() / 72.0 * paper.height() / 72.0;
    return (int) Math.min(MAX_DPI, Math.floor(Math.sqrt(MAX_PIXELS / squareInches)));
  }

  /** Whether an image of the canvas page on this paper may have this resolution. */
  public static boolean allows(Paper paper, int dpi) {
    return dpi >= MIN_DPI && dpi <= maxDpi(paper);
  }

  /**
   * Writes the PNG of the canvas page to {@code out} (left open), at the options' resolution.
   *
   * @throws IllegalArgumentException when the resolution is outside the paper's bounds (see
   *     {@link #allows})
   */
  public static void export(Canvas canvas, FindingLines findings, ExportOptions options,
      OutputStream out, DoubleConsumer progress) throws IOException {
    int dpi = options.dpi();
    if (!allows(options.paper(), dpi)) {
      throw new IllegalArgumentException("an image of " + options.paper().key() + " paper takes "
          + MIN_DPI + " to " + maxDpi(options.paper()) + " dpi, not " + dpi);
    }
    DoubleConsumer report = progress == null ? p -> { } : progress;
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfExporter.canvasPage(canvas, options, pdf, p -> report.accept(p / 2));
    // Render the saved PDF, not the document being built: fonts are subset and embedded on
    // saving, and before that the renderer would fall back to whatever fonts the system has.
    BufferedImage image;
    try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
      image = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
    }
    report.accept(0.8);
    write(image, dpi, out);
    report.accept(1.0);
  }

  /** Writes the image as a PNG whose {@code pHYs} chunk records its resolution. */
  static void write(BufferedImage image, int dpi, OutputStream out) throws IOException {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
    if (!writers.hasNext()) {
      throw new IOException("no PNG writer available");
    }
    ImageWriter writer = writers.next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      IIOMetadata metadata = writer.getDefaultImageMetadata(
          ImageTypeSpecifier.createFromRenderedImage(image), param);
      String format = metadata.getNativeMetadataFormatName();
      IIOMetadataNode physical = new IIOMetadataNode("pHYs");
      String perMetre = Long.toString(Math.round(dpi / INCH));
      physical.setAttribute("pixelsPerUnitXAxis", perMetre);
      physical.setAttribute("pixelsPerUnitYAxis", perMetre);
      physical.setAttribute("unitSpecifier", "meter");
      IIOMetadataNode root = new IIOMetadataNode(format);
      root.appendChild(physical);
      metadata.mergeTree(format, root);
      writer.setOutput(stream);
      writer.write(null, new IIOImage(image, null, metadata), param);
    } finally {
      writer.dispose();
    }
  }
}
