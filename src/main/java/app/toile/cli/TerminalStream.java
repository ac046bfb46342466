package app.toile.cli;

import java.io.PrintStream;

/**
 * A print stream that passes every text printed through {@link TerminalText#escape(String)} on its
 * way to another: {@link Cli#run} puts one around its output and error streams, so that no
 * command, report or error line can send a control character to the terminal, whatever it prints.
 * Raw bytes ({@code write}) go through as they are: the command line prints only text.
 */
final class TerminalStream extends PrintStream {
  private final PrintStream target;

  private TerminalStream(PrintStream target) {
    super(target, true);
    this.target = target;
  }

  /** The stream escaping into a target; the same stream when it already escapes. */
  static PrintStream around(PrintStream target) {
    return target instanceof TerminalStream ? target : new TerminalStream(target);
  }

  // Every print of text goes to the target's own print, escaped, so the target's charset and line
  // separator apply; print(String) also serves append and printf.

  @Override
  public void print(String s) {
    target.print(TerminalText.escape(String.valueOf(s)));
  }

  @Override
  public void print(Object o) {
    print(String.valueOf(o));
  }

  @Override
  public void print(char c) {
    print(String.valueOf(c));
  }

  @Override
  public void print(char[] s) {
    print(new String(s));
  }

  @Override
  public void println() {
    target.println();
  }

  @Override
  public void println(String s) {
    target.println(TerminalText.escape(String.valueOf(s)));
  }

  @Override
  public void println(Object o) {
    println(String.valueOf(o));
  }

  @Override
  public void println(char c) {
    println(String.valueOf(c));
  }

  @Override
  public void println(char[] s) {
    println(new String(s));
  }

  @Override
  public void flush() {
    target.flush();
  }
}
