namespace TheoryCheck.Cli.Commands;

/// <summary><c>theorycheck solvers</c>: every registered theory and experiment with its parameters, for writing specs.</summary>
public static class SolversCommand
{
    public static int Execute(CommandContext ctx)
    {
        var o = ctx.Output;
        foreach (var (kind, solvers) in new (string, IEnumerable<Abstractions.Solver>)[]
                 { ("theory", ctx.Registry.Theories.Values), ("experiment", ctx.Registry.Experiments.Values) })
            foreach (var s in solvers)
            {
                var size = s is Abstractions.Experiment e ? $" (ladder over {e.SizeName}{(e.IsDeterministic ? ", deterministic" : "")})" : "";
                o.WriteLine($"{kind} {s.Name}{size}: {s.Description}");
                o.WriteLine($"  reference: {s.Reference}");
                foreach (var p in s.Parameters)
                    o.WriteLine($"  {p.Name}: {p.Describe()}{(p.Default is null ? ", required" : ", default " + Abstractions.Point.Format(p.Default))}. {p.Description}");
            }
        return ExitCodes.Ok;
    }
}
