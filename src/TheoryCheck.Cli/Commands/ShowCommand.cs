using TheoryCheck.Engine;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Cli.Commands;

/// <summary><c>theorycheck show ID</c>: the claim, its source, solvers, the papers their module cites, parameters, ladders, checks and tolerances with reasons.</summary>
public static class ShowCommand
{
    public static int Execute(CommandContext ctx, string id)
    {
        var spec = ctx.LoadSpecs().FirstOrDefault(s => s.Id == id);
        if (spec is null)
        {
            ctx.Error.WriteLine($"no claim with id '{id}' (see `theorycheck list`)");
            return ExitCodes.UsageError;
        }
        var o = ctx.Output;
        o.WriteLine($"{spec.Id}: {spec.Title}");
        o.WriteLine($"  file:       {spec.FilePath}");
        o.WriteLine($"  source:     {spec.Source.Document}, {spec.Source.Reference}");
        o.WriteLine($"  claim:      {spec.Claim}");
        o.WriteLine($"  tags:       {string.Join(", ", spec.Tags)}; tier {spec.Tier.ToString().ToLowerInvariant()}");
        if (spec.KnownFailure is { } kf) o.WriteLine($"  known failure: {kf}");
        o.WriteLine($"  theory:     {spec.Theory.Name}: {spec.Theory.Description} [{spec.Theory.Reference}]");
        o.WriteLine($"  experiment: {spec.Experiment.Name}: {spec.Experiment.Description} [{spec.Experiment.Reference}]");
        foreach (var module in new[] { SolverRegistry.ModuleOf(spec.Theory), SolverRegistry.ModuleOf(spec.Experiment) }.DistinctBy(m => m.Assembly))
            if (module.HasPaperYaml)
            {
                o.WriteLine($"  module:     {module.Name}: {module.Title}");
                foreach (var r in module.References) o.WriteLine($"    [{r.Key}] {r.Citation()}");
            }
        o.WriteLine($"  series:     {spec.Series.Count}");
        foreach (var values in spec.Series)
            o.WriteLine("    " + string.Join(", ", values.Select(kv => $"{kv.Key}={Abstractions.Point.Format(kv.Value)}")));
        foreach (var (tier, ladder) in spec.Ladders)
            o.WriteLine($"  ladder {tier.ToString().ToLowerInvariant()}: {ladder.SizeName} = [{string.Join(", ", ladder.Sizes)}], {ladder.Seeds} seeds");
        o.WriteLine("  checks:");
        foreach (var c in spec.Checks)
        {
            o.WriteLine($"    - {c.Kind} (line {c.Line}): {c.Describe()}");
            o.WriteLine($"      why this tolerance: {c.Reason}");
        }
        o.WriteLine("  outputs the checks read:");
        foreach (var q in spec.Checks.SelectMany(Engine.Checks.CheckQuantities.Of).DistinctBy(q => (q.FromTheory, q.Name)))
        {
            Abstractions.Solver solver = q.FromTheory ? spec.Theory : spec.Experiment;
            var declared = solver.Outputs.FirstOrDefault(x => x.Matches(q.Name));
            o.WriteLine($"    {(q.FromTheory ? "theory" : "experiment")}.{q.Name}" +
                        (declared is null ? "" : $" ({declared.Kind.ToString().ToLowerInvariant()}): {declared.Meaning}"));
        }
        if (spec.Experiment.TheoryInputs.Count > 0)
            o.WriteLine($"  experiment reads theory values: {string.Join(", ", spec.Experiment.TheoryInputs)}");
        o.WriteLine("  golden tolerances:");
        foreach (var (prefix, tol) in spec.GoldenTolerances.ByPrefix) o.WriteLine($"    {prefix}: {tol}");
        o.WriteLine($"  spec hash:  {spec.Hash}");
        return ExitCodes.Ok;
    }
}
