using System.CommandLine;
using System.Text.Json;
using TheoryCheck.Cli.CommandLine;
using TheoryCheck.Engine;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Cli.Commands;

/// <summary><c>theorycheck show ID</c>: the claim, its source, solvers, the papers their module cites, parameters, ladders, checks and tolerances with reasons.</summary>
public sealed class ShowCommand : ICliCommand
{
    private readonly Argument<string> _id = new("id") { Description = "claim id (see `theorycheck list`)" };
    private readonly Option<string> _format = SharedOptions.TextOrJson("the claim");

    public Command Command { get; }

    public ShowCommand(SharedOptions shared)
    {
        Command = new Command("show", "one claim: source, solvers, ladders, checks") { _id, _format };
        shared.AddWorkspace(Command, golden: false);
    }

    public int Execute(CommandContext ctx, ParseResult p) => Execute(ctx, p.GetValue(_id)!, p.GetValue(_format) == "json");

    public static int Execute(CommandContext ctx, string id, bool json = false)
    {
        var specs = ctx.LoadSpecs();
        var spec = specs.FirstOrDefault(s => s.Id == id);
        if (spec is null)
        {
            var nearest = NearestIds.Of(id, specs.Select(s => s.Id));
            ctx.Error.WriteLine($"error: no claim with id '{id}'" + (nearest.Count > 0 ? "; did you mean: " + string.Join(", ", nearest) + "?" : "") + " (see `theorycheck list --tier full`)");
            return ExitCodes.UsageError;
        }
        if (json)
        {
            ctx.Output.WriteLine(JsonSerializer.Serialize(AsJson(spec), new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return ExitCodes.Ok;
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

    /// <summary>The same facts as the text, for machines (stdout only).</summary>
    private static object AsJson(Spec spec) => new
    {
        id = spec.Id, title = spec.Title, paper = spec.Paper,
        file = Engine.DisplayPath.Of(spec.FilePath),
        source = new { document = spec.Source.Document, reference = spec.Source.Reference },
        claim = spec.Claim, tags = spec.Tags, tier = spec.Tier.ToString().ToLowerInvariant(), knownFailure = spec.KnownFailure,
        theory = new { name = spec.Theory.Name, description = spec.Theory.Description, reference = spec.Theory.Reference },
        experiment = new { name = spec.Experiment.Name, description = spec.Experiment.Description, reference = spec.Experiment.Reference },
        series = spec.Series.Select(values => values.ToDictionary(kv => kv.Key, kv => Abstractions.Point.Format(kv.Value))),
        ladders = spec.Ladders.ToDictionary(l => l.Key.ToString().ToLowerInvariant(), l => new { size = l.Value.SizeName, sizes = l.Value.Sizes, seeds = l.Value.Seeds }),
        checks = spec.Checks.Select(c => new { kind = c.Kind, line = c.Line, description = c.Describe(), reason = c.Reason }),
        goldenTolerances = spec.GoldenTolerances.ByPrefix.ToDictionary(t => t.Key, t => t.Value.ToString()),
        hash = spec.Hash,
    };
}
