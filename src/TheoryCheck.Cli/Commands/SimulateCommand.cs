using System.CommandLine;
using TheoryCheck.Cli.CommandLine;
using System.Globalization;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Papers.Goldt2020;

namespace TheoryCheck.Cli.Commands;

/// <summary>
/// <c>theorycheck simulate</c>: the order-parameter ODE or online SGD of a two-layer teacher–student network
/// (Goldt et al. 2019), for people who would otherwise run nn2pp. Option names follow nn2pp's where it has one
/// (<c>--g -N -M -K --lr --sigma --both --normalise --init --steps --dt</c>); the correspondence is in the README.
/// Output: α, eps_g and the order parameters every <c>--every</c> in α, as CSV (default) or JSON (<c>--format json</c>).
/// Nothing is written unless the whole run succeeds.
/// </summary>
public sealed class SimulateCommand : ICliCommand
{
    public readonly Option<ulong> Seed = new("--seed") { HelpName = "N", Description = "master seed", DefaultValueFactory = _ => Numerics.Random.StreamSeed.DefaultMaster };
    public readonly Option<string> Format = new("--format") { HelpName = "FORMAT", Description = "csv, json or text", DefaultValueFactory = _ => "csv" };

    public Command Command { get; }

    /// <summary>With the shared <c>--max-work</c> limit.</summary>
    public SimulateCommand(SharedOptions shared)
    {
        Command = Build();
        shared.AddLimits(Command, seeds: false);
    }

    public int Execute(CommandContext ctx, ParseResult p) => Execute(ctx, p, p.GetValue(Seed), p.GetValue(Format) == "json");

    public readonly Option<string> Mode = new("--mode") { HelpName = "MODE", Description = "ode (eq (9)) or sgd", DefaultValueFactory = _ => "ode" };
    public readonly Option<string> Activation = new("--g", "--activation") { Description = "erf/1, linear/0, relu/2 (sgd)", DefaultValueFactory = _ => "erf" };
    public readonly Option<int> N = new("-N", "--N") { Description = "input dimension", DefaultValueFactory = _ => 500 };
    public readonly Option<int> M = new("-M", "--M") { Description = "teacher hidden units", DefaultValueFactory = _ => 2 };
    public readonly Option<int> K = new("-K", "--K") { Description = "student hidden units", DefaultValueFactory = _ => 2 };
    public readonly Option<double> Lr = new("--lr", "--eta") { Description = "learning rate (> 0)", DefaultValueFactory = _ => 0.5 };
    public readonly Option<double> Sigma = new("--sigma") { Description = "teacher output noise std. dev.", DefaultValueFactory = _ => 0 };
    public readonly Option<bool> Both = new("--both") { Description = "train both layers (eta_v = eta)" };
    public readonly Option<bool> Normalise = new("--normalise", "--normalize") { Description = "second layers fixed at 1/K, 1/M" };
    public readonly Option<string> Init = new("--init") { HelpName = "INIT", Description = "large|small|canonical|explicit", DefaultValueFactory = _ => "large" };
    public readonly Option<double?> InitStd = new("--init-std") { Description = "std. dev. of random initial weights" };
    public readonly Option<string?> Q0 = new("--q0") { Description = "initial Q (K×K, comma-separated)" };
    public readonly Option<string?> R0 = new("--r0") { Description = "initial R (K×M, comma-separated)" };
    public readonly Option<string?> V0 = new("--v0") { Description = "initial v (K values; with --both)" };
    public readonly Option<double> Steps = new("--steps") { Description = "horizon in alpha (steps/N)", DefaultValueFactory = _ => 10 };
    public readonly Option<double> Every = new("--every") { Description = "record every this much alpha", DefaultValueFactory = _ => 1 };
    public readonly Option<double> Dt = new("--dt") { Description = "ODE step in alpha", DefaultValueFactory = _ => 0.01 };
    public readonly Option<string> Integrator = new("--integrator") { HelpName = "METHOD", Description = "rk4, euler or adaptive", DefaultValueFactory = _ => "rk4" };
    public readonly Option<double> Tol = new("--tol") { Description = "adaptive's relative tolerance", DefaultValueFactory = _ => 1e-8 };
    public readonly Option<string?> Output = new("--output", "-o") { Description = "write to this file instead of stdout" };

    private Command Build()
    {
        Mode.AcceptOnlyFromAmong("ode", "sgd");
        Integrator.AcceptOnlyFromAmong("rk4", "euler", "adaptive");
        var command = new Command("simulate", "two-layer teacher-student ODE or SGD (Goldt)");
        Format.AcceptOnlyFromAmong("csv", "json", "text");
        foreach (var o in new Option[] { Seed, Format, Mode, Activation, N, M, K, Lr, Sigma, Both, Normalise, Init, InitStd, Q0, R0, V0, Steps, Every, Dt, Integrator, Tol, Output })
            command.Options.Add(o);
        return command;
    }

    public int Execute(CommandContext ctx, ParseResult p, ulong seed, bool json)
    {
        var activation = p.GetValue(Activation)! switch { "0" => "linear", "1" => "erf", "2" => "relu", var a => a };
        var init = p.GetValue(Init)!;
        var (initKind, initStd) = init switch
        {
            "large" or "1" => ("random", 1.0),
            "small" or "2" => ("random", 1e-3),
            "canonical" => ("canonical", 1.0),
            "explicit" => ("explicit", 1.0),
            "informed" or "3" or "denoising" or "4" => (null, 0.0),
            _ => ("?" + init, 0.0),
        };
        if (initKind is null) return Bad(ctx, $"--init {init}: nn2pp's informed/denoising initialisations are not supported; use large, small, canonical or explicit");
        if (initKind.StartsWith('?')) return Bad(ctx, $"--init {init}: expected large (1), small (2), canonical or explicit");
        if (p.GetValue(InitStd) is double std)
        {
            if (!(std > 0)) return Bad(ctx, $"--init-std must be > 0, got {std}");
            initStd = std;
        }
        double[]? Parse(Option<string?> option)
        {
            var text = p.GetValue(option);
            if (text is null) return null;
            var parts = text.Split(',', StringSplitOptions.TrimEntries);
            var values = new double[parts.Length];
            for (var i = 0; i < parts.Length; i++)
                if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
                    throw new FormatException($"{option.Name}: '{parts[i]}' is not a finite number");
            return values;
        }
        Goldt2020SimulationOptions options;
        try
        {
            options = new Goldt2020SimulationOptions
            {
                Mode = p.GetValue(Mode)!, Activation = activation, N = p.GetValue(N), M = p.GetValue(M), K = p.GetValue(K),
                Eta = p.GetValue(Lr), Sigma = p.GetValue(Sigma), BothLayers = p.GetValue(Both), Normalised = p.GetValue(Normalise),
                Init = initKind, InitStd = initStd, Q0 = Parse(Q0), R0 = Parse(R0), V0 = Parse(V0),
                Horizon = p.GetValue(Steps), Every = p.GetValue(Every), Dt = p.GetValue(Dt), Seed = seed,
                Integrator = p.GetValue(Integrator)!, Tolerance = p.GetValue(Tol),
                Format = json ? "json" : "csv",
            };
        }
        catch (FormatException e)
        {
            return Bad(ctx, e.Message);
        }
        foreach (var (name, value) in new[] { ("--lr", options.Eta), ("--sigma", options.Sigma), ("--steps", options.Horizon), ("--every", options.Every), ("--dt", options.Dt), ("--init-std", options.InitStd), ("--tol", options.Tolerance) })
            if (!double.IsFinite(value)) return Bad(ctx, $"{name} must be a finite number, got {value}");
        if (options.V0 is not null && !options.BothLayers) return Bad(ctx, "--v0 sets the trained second layer: it needs --both");
        if (options.Init != "explicit" && (options.Q0 ?? options.R0 ?? options.V0) is not null) return Bad(ctx, "--q0, --r0 and --v0 need --init explicit");
        if (Goldt2020Simulation.Validate(options) is { } problem) return Bad(ctx, problem);
        if (SimulationCost.Refusal(options, ctx.Limits.MaxOperations) is { } tooBig) return Bad(ctx, tooBig);
        if (p.GetValue(Output) is { } target && OutputPaths.Unwritable(target, isFile: true) is { } unwritable) return Bad(ctx, unwritable);
        if (options.Init == "explicit" && options.Q0 is { } q && !IsSymmetric(q, options.K))
            return Bad(ctx, "--q0 must be a symmetric K×K matrix (row-major)");

        // To a file: buffered and renamed into place at the end. To stdout: each row as soon as it is computed.
        // Both check Ctrl+C at every row (exit 2; the file is then not written).
        var toFile = p.GetValue(Output) is not null;
        var buffer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var rows = new CancellableLineWriter(toFile ? buffer : ctx.Output, ctx.Cancellation);
        try
        {
            Goldt2020Simulation.Run(options, rows);
        }
        catch (ArgumentException e)
        {
            return Bad(ctx, e.Message);
        }
        catch (SimulationDivergedException e)
        {
            ctx.Error.WriteLine($"error: {e.Message}; nothing was written");
            return ExitCodes.Failed;
        }
        if (p.GetValue(Output) is { } path)
        {
            GoldenFile.WriteAtomic(path, buffer.ToString());
            ctx.Error.WriteLine($"wrote {path} (seed {seed})");
        }
        return ExitCodes.Ok;
    }

    private static bool IsSymmetric(double[] q, int k)
    {
        for (var i = 0; i < k; i++)
            for (var j = 0; j < i; j++)
                if (Math.Abs(q[i * k + j] - q[j * k + i]) > 1e-12 * (1 + Math.Abs(q[i * k + j]))) return false;
        return true;
    }

    private static int Bad(CommandContext ctx, string message)
    {
        ctx.Error.WriteLine("error: simulate: " + message);
        return ExitCodes.UsageError;
    }
}
