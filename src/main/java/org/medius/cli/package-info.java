/**
 * The command line (picocli): one class per command; options, exit codes and the user-error handler. Reaches the
 * pose model only through the analysis front door.
 */
package org.medius.cli;
