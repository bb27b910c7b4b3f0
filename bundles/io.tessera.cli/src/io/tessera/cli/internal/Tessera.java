package io.tessera.cli.internal;

import java.io.PrintWriter;

import org.eclipse.core.runtime.OperationCanceledException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The `tessera` command and its subcommands. */
// INHERIT: every subcommand answers --help (and --version) too, as the usage errors tell users to try
@Command(name = "tessera", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = Tessera.Version.class,
        description = "Tessera Studio on the command line: generate, inspect and organise AI video.",
        subcommands = { EnginesCommand.class, PluginsCommand.class, GenerateCommand.class, ImageCommand.class, EstimateCommand.class,
                ExtendCommand.class, ProbeCommand.class, ProjectCommand.class, StoryboardCommand.class, WatermarkCommand.class, SignCommand.class, VerifyCommand.class, DetectCommand.class, AudioCommand.class, RenderCommand.class,
                TrainCommand.class, BenchCommand.class, ServeCommand.class, CommandLine.HelpCommand.class },
        footer = { "", "Exit codes: 0 ok, 1 bad input, 2 the job failed, 130 cancelled." })
public final class Tessera implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command; see tessera --help"); //$NON-NLS-1$
    }

    /** Runs one command line and returns its exit code; never throws and never exits the JVM. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Tessera());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("tessera: " + ex.getMessage()); //$NON-NLS-1$
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'."); //$NON-NLS-1$ //$NON-NLS-2$
            err.flush();
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CliException c) {
                err.println("tessera: " + c.getMessage()); //$NON-NLS-1$
                err.flush();
                return c.exitCode();
            }
            if (ex instanceof OperationCanceledException) {
                err.println("tessera: cancelled"); //$NON-NLS-1$
                err.flush();
                return ExitCodes.CANCELLED;
            }
            err.println("tessera: internal error: " + ex); //$NON-NLS-1$
            ex.printStackTrace(err);
            err.flush();
            return ExitCodes.FAILED;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(Tessera.class);
            String v = bundle == null ? "development" : bundle.getVersion().toString(); //$NON-NLS-1$
            return new String[] { "tessera " + v, "Java " + Runtime.version() + " on " + System.getProperty("os.name") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    + " " + System.getProperty("os.arch") }; //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
