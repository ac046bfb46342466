package app.toile.interchange;

import java.util.List;

/**
 * What an import read and what it could not carry, said honestly: the counts of what came in,
 * what was kept in the free notes, and each thing dropped with the reason.
 *
 * @param source the file as the user named it
 * @param format the format it was read as
 * @param notes notes read, over the eight note blocks
 * @param blocks note blocks that received at least one note
 * @param segments customer segments read
 * @param links links from notes to segments read
 * @param headerFields header fields read (title, designed for, designed by, date, version)
 * @param kept what was kept in the free notes, in file order
 * @param dropped what was dropped, in file order
 */
public record ImportReport(
    String source,
    InterchangeFormat format,
    int notes,
    int blocks,
    int segments,
    int links,
    int headerFields,
    List<Kept> kept,
    List<Dropped> dropped) {

  public ImportReport {
    kept = List.copyOf(kept);
    dropped = List.copyOf(dropped);
  }

  /** The same report naming the file otherwise, such as by its name alone. */
  public ImportReport withSource(String name) {
    return new ImportReport(name, format, notes, blocks, segments, links, headerFields, kept,
        dropped);
  }

  /** Whether everything read found its place. */
  public boolean complete() {
    return dropped.isEmpty();
  }
}
