import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * A build step (run by Maven in {@code process-classes}, see pom.xml): compiles the theme's and
 * Toile's stylesheets to JavaFX's binary form ({@code .bss}), which loads several times faster
 * than the text is parsed. AtlantaFX's Primer stylesheets (170 KB of text each) are written under
 * {@code app/toile/ui/theme/}; each of Toile's {@code .css} files gets a {@code .bss} beside it,
 * which JavaFX prefers when it finds one. The {@code .css} files stay the source.
 *
 * <p>Arguments: the classes folder.
 */
public final class CompileStylesheets {
  /** The theme stylesheets Toile uses, in AtlantaFX's jar. */
  private static final List<String> THEMES = List.of("primer-light", "primer-dark");

  private CompileStylesheets() {}

  public static void main(String[] args) throws IOException {
    Path classes = Path.of(args[0]);
    Path themes = Files.createDirectories(classes.resolve("app/toile/ui/theme"));
    Path scratch = Files.createTempDirectory("toile-css");
    try {
      for (String theme : THEMES) {
        Path css = scratch.resolve(theme + ".css");
        try (InputStream in = CompileStylesheets.class.getResourceAsStream(
            "/atlantafx/base/theme/" + theme + ".css")) {
          if (in == null) {
            throw new IOException("AtlantaFX's " + theme + ".css is not on the class path");
          }
          Files.copy(in, css, StandardCopyOption.REPLACE_EXISTING);
        }
        compile(css, themes.resolve(theme + ".bss"));
        Files.delete(css);
      }
    } finally {
      Files.deleteIfExists(scratch);
    }
    try (Stream<Path> files = Files.walk(classes.resolve("app/toile"))) {
      for (Path css : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".css"))::iterator) {
        String name = css.getFileName().toString();
        compile(css, css.resolveSibling(name.substring(0, name.length() - 4) + ".bss"));
      }
    }
  }

  private static void compile(Path css, Path bss) throws IOException {
    Stylesheet.convertToBinary(css.toFile(), bss.toFile());
  }
}
