package app.toile.interchange;

import java.util.Locale;

/**
 * How an export is written.
 *
 * @param locale the language of block names and labels (English or French)
 * @param byteOrderMark whether CSV files start with a UTF-8 byte order mark, which some
 *     spreadsheet programs need to read accents right
 */
public record InterchangeOptions(Locale locale, boolean byteOrderMark) {}
