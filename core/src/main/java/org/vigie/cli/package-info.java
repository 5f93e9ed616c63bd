/**
 * The {@code vigie} command line: one class per subcommand, exit codes mapped in {@link
 * org.vigie.cli.Main}. The only package that writes to stdout (the output contract) and stderr
 * (one-line diagnostics).
 */
package org.vigie.cli;
