using System.CommandLine;
using System.Text.Json;
using TheoryCheck.Abstractions;
using TheoryCheck.Cli.CommandLine;
using TheoryCheck.Engine;

namespace TheoryCheck.Cli.Commands;

/// <summary>What <c>solvers</c> prints: which solvers (name globs, any may match), in detail or one line each, as text or JSON.</summary>
public sealed record SolversRequest(IReadOnlyList<string> Names, bool Detail, bool Json);

/// <summary>
/// <c>theorycheck solvers [NAME]</c>: every registered theory and experiment, for writing specs and for <c>eval</c>. By
/// default one line each (kind, name, parameters, outputs); <c>solvers NAME</c> or <c>--verbose</c> adds its paper
/// (the citation of its module's paper.yaml), where in the paper it comes from, and every parameter and output with
/// its meaning. <c>--filter GLOB</c> or a glob as NAME selects; <c>--format json</c> emits the detail for machines.
/// </summary>
public sealed class SolversCommand : ICliCommand
{
    private readonly Argument<string[]> _names = new("name") { Description = "solver name or glob (detail)", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string[]> _filter = new("--filter", "-f") { HelpName = "GLOB", Description = "glob on solver names: * any run, ? one character; repeatable", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string> _format = SharedOptions.TextOrJson("the solvers with every parameter and output");
    private readonly SharedOptions _shared;

    public SolversCommand(SharedOptions shared)
    {
        _shared = shared;
        SharedOptions.RefuseUnknownOptions(_names); // an unknown option is not a solver name
        Command = new Command("solvers", "list registered theories and experiments") { _names, _filter, _format };
    }

    /// <inheritdoc />
    public Command Command { get; }

    /// <inheritdoc />
    public int Execute(CommandContext ctx, ParseResult p) => Execute(ctx,
        new SolversRequest([.. p.GetValue(_names) ?? [], .. p.GetValue(_filter) ?? []], p.GetValue(_shared.Verbose), p.GetValue(_format) == "json"));

    public static int Execute(CommandContext ctx, SolversRequest request)
    {
        var patterns = request.Names.Select(Selection.Glob).ToList();
        var selected = All(ctx.Registry).Where(s => patterns.Count == 0 || patterns.Any(p => p.IsMatch(s.Solver.Name))).ToList();
        if (selected.Count == 0)
        {
            ctx.Error.WriteLine($"no solver matches {string.Join(" or ", request.Names.Select(n => $"'{n}'"))} (see `theorycheck solvers`)");
            return ExitCodes.NothingSelected;
        }
        if (request.Json) ctx.Output.WriteLine(Json(selected));
        else if (request.Detail || request.Names.Any(n => !n.Contains('*') && !n.Contains('?')))
            foreach (var (kind, s) in selected) WriteDetail(ctx.Output, kind, s);
        else
            foreach (var (kind, s) in selected) ctx.Output.WriteLine(OneLine(kind, s));
        return ExitCodes.Ok;
    }

    private static IEnumerable<(string Kind, Solver Solver)> All(SolverRegistry registry) =>
        registry.Theories.Values.Select(t => ("theory", (Solver)t)).Concat(registry.Experiments.Values.Select(e => ("experiment", (Solver)e)));

    /// <summary><c>theory mahoney.mp-law (c, sigma) -> lambda-plus, esd-cdf(fn), …</c></summary>
    internal static string OneLine(string kind, Solver s) =>
        $"{kind,-10} {s.Name} ({string.Join(", ", s.Parameters.Where(p => p.Retired is null).Select(p => p.Name))}) -> " +
        string.Join(", ", s.Outputs.Select(o => o.Name + KindMark(o.Kind)));

    private static string KindMark(OutputKind kind) => kind switch { OutputKind.Curve => "(curve)", OutputKind.Function => "(fn)", _ => "" };

    private static void WriteDetail(TextWriter o, string kind, Solver s)
    {
        var size = s is Experiment e ? $" (ladder over {e.SizeName}{(e.IsDeterministic ? ", deterministic" : "")})" : "";
        o.WriteLine($"{kind} {s.Name}{size}: {s.Description}");
        foreach (var line in PaperLines(SolverRegistry.ModuleOf(s))) o.WriteLine("  " + line);
        o.WriteLine($"  reference: {s.Reference}");
        foreach (var p in s.Parameters)
            o.WriteLine($"  {p.Name}: {p.Describe()}{(p.Default is null ? ", required" : ", default " + Point.Format(p.Default))}. {p.Description}{(p.Retired is null ? "" : $" (retired, no effect: {p.Retired})")}");
        foreach (var output in s.Outputs)
            o.WriteLine($"  output {output.Name} ({output.Kind.ToString().ToLowerInvariant()}): {output.Meaning}");
        if (s is Experiment x && x.TheoryInputs is { Count: > 0 } reads)
            o.WriteLine($"  reads theory values: {string.Join(", ", reads)}");
    }

    private static string Json(IEnumerable<(string Kind, Solver Solver)> solvers) =>
        JsonSerializer.Serialize(solvers.Select(x => new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = x.Kind,
            ["name"] = x.Solver.Name,
            ["description"] = x.Solver.Description,
            ["reference"] = x.Solver.Reference,
            ["size"] = x.Solver is Experiment e ? e.SizeName : null,
            ["reads-theory"] = x.Solver is Experiment r ? r.TheoryInputs : null,
            ["parameters"] = x.Solver.Parameters.Select(p => new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = p.Name,
                ["kind"] = p.Kind.ToString().ToLowerInvariant(),
                ["range"] = p.Describe(),
                ["min"] = p.Min, ["min-exclusive"] = p.MinExclusive, ["max"] = p.Max, ["max-exclusive"] = p.MaxExclusive,
                ["choices"] = p.Choices,
                ["default"] = p.Default is null ? null : Point.Format(p.Default),
                ["meaning"] = p.Description,
                ["retired"] = p.Retired,
            }).ToList(),
            ["outputs"] = x.Solver.Outputs.Select(o => new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = o.Name, ["meaning"] = o.Meaning, ["kind"] = o.Kind.ToString().ToLowerInvariant(),
            }).ToList(),
        }).ToList(), new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>"paper: …" lines, one per reference of the module; none for a module without paper.yaml.</summary>
    internal static IEnumerable<string> PaperLines(Engine.Registry.PaperModule module) =>
        module.References.Select(r => "paper: " + r.Citation());
}
