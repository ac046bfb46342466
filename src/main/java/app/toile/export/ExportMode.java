package app.toile.export;

import java.util.Locale;

/**
 * The two kinds of document an export makes. A working document is for the founder and the team:
 * everything the canvas holds, with what validation found and what is still unset. A presentation
 * is for investors and partners: the segments that are pursued, only what is filled in, the
 * strategy and the market explained, and no findings.
 */
public enum ExportMode {
  /** Everything, with findings; unset fields gathered in one line per section. */
  WORKING,
  /** What is decided and filled in: no dropped segment, no unset field, no findings. */
  PRESENTATION;

  /**
   * The mode a format gets unless told otherwise: a deck is shown, so it presents; a PDF (and the
   * PNG of its canvas page) is worked on.
   */
  public static ExportMode defaultFor(ExportFormat format) {
    return format == ExportFormat.PPTX ? PRESENTATION : WORKING;
  }

  /** The mode's name on the command line and in the export dialog's keys. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code working} or {@code presentation} (any case); null for anything else. */
  public static ExportMode parse(String name) {
    for (ExportMode m : values()) {
      if (name != null && m.key().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    return null;
  }
}
