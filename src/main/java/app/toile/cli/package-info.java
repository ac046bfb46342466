/**
 * The headless command line ({@code toile validate|info|export|--help|--version}): one
 * {@link app.toile.cli.Command} class per command, registered in {@link app.toile.cli.Cli}.
 */
package app.toile.cli;
