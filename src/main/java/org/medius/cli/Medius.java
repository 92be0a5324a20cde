package org.medius.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code medius} command: entry point of the program. */
@Command(name = "medius",
        mixinStandardHelpOptions = true,
        versionProvider = Versions.class,
        description = "Gait and movement analysis from video: pelvic drop and knee valgus per step or repetition.%n"
                + "Everything runs on this computer; no video or result leaves it.",
        subcommands = {AnalyzeCommand.class, ViewCommand.class, ReportCommand.class, RenderVideoCommand.class,
            BatchCommand.class, KeypointsCommand.class, BenchCommand.class, SynthCommand.class, CommandLine.HelpCommand.class})
public final class Medius {

    public static void main(String[] args) {
        Interruption.install(System.err);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (also used by tests, which call {@code execute} without exiting). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Medius());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
