package app.toile.ui.document;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sample canvases shipped inside the application, listed in gallery order by
 * {@code app/toile/samples/index.txt}, each in English and French. The start screen and the File
 * menu offer "Open sample…" only when there are some.
 */
public final class Samples {
  private static final String ROOT = "/app/toile/samples/";

  private final List<String> names;

  public Samples(List<String> names) {
    this.names = List.copyOf(names);
  }

  /** The samples packed with this installation; none when the index is missing. */
  public static Samples installed() {
    try (InputStream in = Samples.class.getResourceAsStream(ROOT + "index.txt")) {
      if (in == null) {
        return new Samples(List.of());
      }
      List<String> list = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          list.add(name);
        }
      }
      return new Samples(list);
    } catch (IOException e) {
      return new Samples(List.of());
    }
  }

  /** The sample names, in gallery order. */
  public List<String> names() {
    return names;
  }

  public boolean isEmpty() {
    return names.isEmpty();
  }

  /** A sample's file name in a language (French, else English). */
  public static String fileName(String name, Locale locale) {
    String lang = "fr".equals(locale.getLanguage()) ? "fr" : "en";
    return lang + "/" + name + DocumentViewModel.EXTENSION;
  }

  /** The bytes of a sample in a language. */
  public byte[] bytes(String name, Locale locale) {
    String resource = ROOT + fileName(name, locale);
    try (InputStream in = Samples.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("no sample " + resource));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
