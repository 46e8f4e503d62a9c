package org.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parley} command. Exit codes: 0 success (some records may have been skipped, see stderr),
 * 1 bad configuration or data file, 2 no input record could be processed, 64 usage error.
 */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
    description = "Political event coding of news text into PLOVER events: who did what to whom, where, when,"
        + " according to whom.",
    subcommands = {CodeCommand.class, IngestCommand.class, ExportCommand.class, StatsCommand.class, EvalCommand.class,
        BenchCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success (skipped records are reported on stderr)", "1:bad configuration or data file",
        "2:no input record could be processed", "64:usage error"})
public final class Main implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_CONFIG = 1;
    public static final int EXIT_NO_INPUT = 2;
    public static final int EXIT_USAGE = 64;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (for tests). */
    public static int run(String... args) {
        return commandLine(CommandLine.defaultFactory()).execute(args);
    }

    /** The configured command line, its commands made by {@code factory} (tests hook in here). */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(new Main(), factory);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(t -> t instanceof org.parley.ParleyException ? EXIT_CONFIG : EXIT_CONFIG);
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("parley: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try 'parley " + ex.getCommandLine().getCommandName()
                + " --help' for more information.");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, r) -> {
            c.getErr().println("parley: " + (ex instanceof org.parley.ParleyException ? "" : ex.getClass().getSimpleName()
                + ": ") + ex.getMessage());
            return EXIT_CONFIG;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
