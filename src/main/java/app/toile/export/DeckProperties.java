package app.toile.export;

import app.toile.Version;
import app.toile.model.Canvas;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.CTProperties;

/**
 * The document properties of a deck, which office suites show in their file dialogs and
 * properties panes: title, author and subject; created and modified at the moment of the export
 * (not the dates of the empty deck POI starts from); a widescreen 16:9 format; and the real count
 * of slides. Written last, once every slide exists.
 */
final class DeckProperties {
  /** How PowerPoint names a 13.33 × 7.5 inch slide. */
  static final String FORMAT = "Widescreen";

  private DeckProperties() {}

  static void describe(XMLSlideShow show, Canvas canvas, CanvasContent content, Instant now) {
    POIXMLProperties.CoreProperties core = show.getProperties().getCoreProperties();
    core.setTitle(plain(content.title()));
    String by = plain(canvas.header().designedBy());
    if (!by.isEmpty()) {
      core.setCreator(by);
      core.setLastModifiedByUser(by);
    } else {
      core.setCreator("Toile");
      core.setLastModifiedByUser("Toile");
    }
    String forWhom = plain(canvas.header().designedFor());
    core.setSubjectProperty(forWhom.isEmpty()
        ? "Business Model Canvas" : "Business Model Canvas — " + forWhom);
    Date at = Date.from(now);
    core.setCreated(Optional.of(at));
    core.setModified(Optional.of(at));
    CTProperties app = show.getProperties().getExtendedProperties().getUnderlyingProperties();
    app.setApplication("Toile " + Version.get());
    app.setPresentationFormat(FORMAT);
    app.setSlides(show.getSlides().size());
    app.setNotes(0);
    app.setHiddenSlides(0);
    // The empty deck's counts and parts list ("Slide Titles: 0", no words, Office 2010) would
    // contradict the deck; they are optional, so they go rather than be guessed.
    if (app.isSetHeadingPairs()) {
      app.unsetHeadingPairs();
    }
    if (app.isSetTitlesOfParts()) {
      app.unsetTitlesOfParts();
    }
    if (app.isSetWords()) {
      app.unsetWords();
    }
    if (app.isSetParagraphs()) {
      app.unsetParagraphs();
    }
    if (app.isSetAppVersion()) {
      app.unsetAppVersion();
    }
  }

  /**
   * The text on one line, without control characters: XML cannot hold most of them, and a
   * document property is a single line.
   */
  static String plain(String text) {
    return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
  }
}
