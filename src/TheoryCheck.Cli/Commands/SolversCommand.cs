using System.CommandLine;
using TheoryCheck.Abstractions;
using TheoryCheck.Cli.CommandLine;
using TheoryCheck.Engine;

namespace TheoryCheck.Cli.Commands;

/// <summary>
/// <c>theorycheck solvers</c>: every registered theory and experiment, for writing specs: its paper (the citation of its
/// module's paper.yaml, if it has one), where in the paper it comes from, its parameters and its declared outputs.
/// </summary>
public sealed class SolversCommand : ICliCommand
{
    public Command Command { get; } = new("solvers", "list registered theories and experiments with their parameters");

    public int Execute(CommandContext ctx, ParseResult p) => Execute(ctx);

    public static int Execute(CommandContext ctx)
    {
        var o = ctx.Output;
        foreach (var (kind, solvers) in new (string, IEnumerable<Solver>)[]
                 { ("theory", ctx.Registry.Theories.Values), ("experiment", ctx.Registry.Experiments.Values) })
            foreach (var s in solvers)
            {
                var size = s is Experiment e ? $" (ladder over {e.SizeName}{(e.IsDeterministic ? ", deterministic" : "")})" : "";
                o.WriteLine($"{kind} {s.Name}{size}: {s.Description}");
                foreach (var line in PaperLines(SolverRegistry.ModuleOf(s))) o.WriteLine("  " + line);
                o.WriteLine($"  reference: {s.Reference}");
                foreach (var p in s.Parameters)
                    o.WriteLine($"  {p.Name}: {p.Describe()}{(p.Default is null ? ", required" : ", default " + Point.Format(p.Default))}. {p.Description}{(p.Retired is null ? "" : $" (retired, no effect: {p.Retired})")}");
                foreach (var output in s.Outputs)
                    o.WriteLine($"  output {output.Name} ({output.Kind.ToString().ToLowerInvariant()}): {output.Meaning}");
            }
        return ExitCodes.Ok;
    }

    /// <summary>"paper: …" lines, one per reference of the module; none for a module without paper.yaml.</summary>
    internal static IEnumerable<string> PaperLines(Engine.Registry.PaperModule module) =>
        module.References.Select(r => "paper: " + r.Citation());
}
