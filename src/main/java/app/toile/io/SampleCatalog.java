package app.toile.io;

import app.toile.model.Canvas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sample canvases shipped inside the application, in gallery order, in English or French.
 * They are read from the class path (the jar), so the gallery works from an installed app; the
 * {@code samples/} folder of the source tree is where they are written.
 */
public final class SampleCatalog {
  private static final String ROOT = "/app/toile/samples/";

  private SampleCatalog() {}

  /**
   * One sample.
   *
   * @param name file name without extension, the same in every language
   * @param locale the language of its texts
   * @param canvas the canvas
   */
  public record Sample(String name, Locale locale, Canvas canvas) {

    /** The resource name inside the jar, e.g. {@code fr/paris-startup.toile.json}. */
    public String resource() {
      return locale.getLanguage() + "/" + name + CanvasFormat.EXTENSION;
    }

    /** The first paragraph of the canvas notes: a one-line description for the gallery. */
    public String description() {
      String notes = canvas.freeNotes();
      if (notes == null) {
        return "";
      }
      int end = notes.indexOf("\n\n");
      return (end < 0 ? notes : notes.substring(0, end)).strip();
    }
  }

  /** The sample names, in gallery order. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (String line : read("index.txt").split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        names.add(l);
      }
    }
    return names;
  }

  /** Every sample in a language (French for French locales, English otherwise). */
  public static List<Sample> all(Locale locale) {
    Locale lang = locale != null && "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    List<Sample> out = new ArrayList<>();
    for (String name : names()) {
      out.add(load(name, lang));
    }
    return out;
  }

  /** One sample in one language. */
  public static Sample load(String name, Locale lang) {
    Sample unloaded = new Sample(name, lang, Canvas.empty());
    Canvas canvas = CanvasFiles.fromBytes(bytes(unloaded.resource()), unloaded.resource());
    return new Sample(name, lang, canvas);
  }

  private static String read(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = SampleCatalog.class.getResourceAsStream(ROOT + resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("sample not found in the application: " + resource));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
