package io.pullwatch.app;

import io.pullwatch.app.commands.AnalyzeCommand;
import io.pullwatch.app.commands.BacktestCommand;
import io.pullwatch.app.commands.BenchCommand;
import io.pullwatch.app.commands.DemoCommand;
import io.pullwatch.app.commands.EvalCommand;
import io.pullwatch.app.commands.ReplayCommand;
import io.pullwatch.app.commands.RunCommand;
import io.pullwatch.app.commands.ScenarioCommand;
import io.pullwatch.app.commands.ServeCommand;
import io.pullwatch.app.commands.SimulateCommand;
import io.pullwatch.app.commands.TailCommand;
import io.pullwatch.jobs.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pullwatch} command line. */
@Command(name = "pullwatch", mixinStandardHelpOptions = true, version = "Pullwatch 0.1.0",
        description = "Customer-feedback and reputation stream processor.",
        subcommands = {DemoCommand.class, RunCommand.class, ReplayCommand.class, TailCommand.class,
                AnalyzeCommand.class, ScenarioCommand.class, EvalCommand.class, BenchCommand.class, ServeCommand.class,
                BacktestCommand.class, SimulateCommand.class})
public final class PullwatchCli {

    /** Exit code of a configuration or usage error, as picocli uses for usage errors. */
    public static final int USAGE_ERROR = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PullwatchCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("pullwatch: " + e.getMessage());
                return USAGE_ERROR;
            }
            throw e;
        });
        return cli;
    }
}
