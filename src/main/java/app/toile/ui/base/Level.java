package app.toile.ui.base;

/**
 * How serious a mark is, most serious first, as views draw it (an icon, a style class). View
 * models turn the validator's severities into levels, so that no view needs the validator.
 */
public enum Level {
  ERROR,
  WARNING,
  INFO
}
