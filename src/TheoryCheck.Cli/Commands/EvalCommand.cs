using System.CommandLine;
using TheoryCheck.Cli.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Evaluation;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Cli.Commands;

/// <summary>
/// <c>theorycheck eval THEORY key=value …</c>: evaluates a theory (or a deterministic experiment that reads no theory
/// value, e.g. one about a user's matrix) once at any admissible parameters, with no experiment, ladder or check, and
/// prints every output at full precision ("R" round-trip): scalars as <c>name = value</c>, curves and functions as
/// rows. Parameters bind exactly as in a spec; a bad name or value exits 4 with the accepted parameters and their ranges.
/// </summary>
public sealed class EvalCommand : ICliCommand
{
    /// <summary>The master seed of the random stream an evaluated experiment gets.</summary>
    public readonly Option<ulong> Seed = new("--seed") { HelpName = "N", Description = "master seed", DefaultValueFactory = _ => Numerics.Random.StreamSeed.DefaultMaster };
    public readonly Option<string> Format = SharedOptions.TextOrJson("the outputs");

    public EvalCommand() => Command = Build();

    /// <inheritdoc />
    public Command Command { get; }

    /// <inheritdoc />
    public int Execute(CommandContext ctx, ParseResult p) => Execute(ctx, p, p.GetValue(Seed), p.GetValue(Format) == "json");

    public readonly Argument<string> Solver = new("solver") { Description = "registered theory (or deterministic experiment) name, see `theorycheck solvers`" };
    public readonly Argument<string[]> Values = new("parameters") { Description = "key=value (a size-dependent theory also takes size=N)", Arity = ArgumentArity.ZeroOrMore };
    public readonly Option<string?> Points = new("--points") { Description = "evaluate at every point of a CSV file (header of parameter names) or YAML list of maps; one row per point" };
    public readonly Option<double[]> At = new("--at") { Description = "arguments at which function outputs (a CDF, a density) are printed, e.g. --at 0.5 --at 1", AllowMultipleArgumentsPerToken = true };

    public Command Build()
    {
        var command = new Command("eval", "print a theory's outputs at given parameters");
        command.Arguments.Add(Solver);
        command.Arguments.Add(Values);
        command.Options.Add(Points);
        command.Options.Add(At);
        command.Options.Add(Seed);
        command.Options.Add(Format);
        return command;
    }

    public int Execute(CommandContext ctx, ParseResult p, ulong seed, bool json) =>
        Execute(ctx, p.GetValue(Solver)!, p.GetValue(Values) ?? [], p.GetValue(Points), p.GetValue(At) ?? [], seed, json);

    public static int Execute(CommandContext ctx, string name, IReadOnlyList<string> values, string? pointsFile, IReadOnlyList<double> at, ulong seed, bool json)
    {
        Solver? solver = ctx.Registry.Theories.TryGetValue(name, out var t) ? t : ctx.Registry.Experiments.TryGetValue(name, out var e) ? e : null;
        if (solver is null)
        {
            ctx.Error.WriteLine($"error: no theory or experiment named '{name}'; theories: {string.Join(", ", ctx.Registry.Theories.Keys)}");
            return ExitCodes.UsageError;
        }
        if (solver is Experiment x && Evaluation.Evaluable(x) is { } why)
        {
            ctx.Error.WriteLine("error: " + why);
            return ExitCodes.UsageError;
        }
        if (pointsFile is not null && values.Count > 0)
        {
            ctx.Error.WriteLine("error: give parameters as key=value or in --points FILE, not both");
            return ExitCodes.UsageError;
        }
        var sizeNames = ctx.Registry.Experiments.Values.Select(v => v.SizeName).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<Point> points;
        try
        {
            points = pointsFile is null ? EvalPoints.FromArguments(solver, values, sizeNames) : EvalPoints.FromFile(solver, pointsFile, sizeNames);
        }
        catch (SpecException ex)
        {
            foreach (var err in ex.Errors) ctx.Error.WriteLine(err.ToString());
            ctx.Error.WriteLine($"accepted parameters of {solver.Name}:");
            foreach (var par in solver.Parameters)
                ctx.Error.WriteLine($"  {par.Name}: {par.Describe()}{(par.Default is null ? ", required" : ", default " + Point.Format(par.Default))}. {par.Description}");
            return ExitCodes.UsageError;
        }

        var results = new List<Evaluation>();
        foreach (var point in points)
        {
            ctx.Cancellation.ThrowIfCancellationRequested();
            results.Add(Evaluation.Of(solver, point, at, seed));
        }
        var functions = solver.Outputs.Where(o => o.Kind == OutputKind.Function).Select(o => o.Name).ToList();
        if (at.Count == 0 && functions.Count > 0)
            ctx.Error.WriteLine($"note: function outputs ({string.Join(", ", functions)}) are printed at the arguments given with --at X");
        var output = json ? Json(solver, results) : pointsFile is not null ? Csv(results) : Text(results[0], results.Count == 1 ? null : results);
        ctx.Output.Write(output);
        return ExitCodes.Ok;
    }

    internal static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(Evaluation first, IReadOnlyList<Evaluation>? all)
    {
        var sb = new StringBuilder();
        foreach (var ev in all ?? [first])
        {
            if (all is not null) sb.Append("# ").Append(ev.Point.Key).Append('\n');
            foreach (var (k, v) in ev.Scalars) sb.Append(k).Append(" = ").Append(R(v)).Append('\n');
            foreach (var (k, c) in ev.Curves)
            {
                sb.Append(k).Append(": ").Append(c.XName).Append(", y\n");
                for (var i = 0; i < c.X.Count; i++) sb.Append("  ").Append(R(c.X[i])).Append(", ").Append(R(c.Y[i])).Append('\n');
            }
            foreach (var (k, rows) in ev.Functions)
            {
                sb.Append(k).Append(": x, ").Append(k).Append("(x)\n");
                foreach (var (x, y) in rows) sb.Append("  ").Append(R(x)).Append(", ").Append(R(y)).Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>One row per point: the parameters, then every scalar, then every function at every --at argument (<c>cdf@0.5</c>).</summary>
    private static string Csv(IReadOnlyList<Evaluation> results)
    {
        var parameters = results[0].Point.Values.Keys.ToList();
        var scalars = results.SelectMany(r => r.Scalars.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var functions = results.SelectMany(r => r.Functions.SelectMany(f => f.Value.Select(v => (f.Key, v.X)))).Distinct().ToList();
        var sb = new StringBuilder();
        sb.AppendJoin(',', parameters.Prepend(results[0].Point.SizeName).Concat(scalars).Concat(functions.Select(f => f.Key + "@" + R(f.X)))).Append('\n');
        foreach (var r in results)
        {
            var cells = new List<string> { r.Point.Size.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(parameters.Select(k => Point.Format(r.Point.Values[k])));
            cells.AddRange(scalars.Select(k => r.Scalars.TryGetValue(k, out var v) ? R(v) : ""));
            cells.AddRange(functions.Select(f => r.Functions.TryGetValue(f.Key, out var rows) ? R(rows.First(p => p.X == f.X).Y) : ""));
            sb.AppendJoin(',', cells).Append('\n');
        }
        return sb.ToString();
    }

    private static string Json(Solver solver, IReadOnlyList<Evaluation> results)
    {
        var doc = results.Select(r => new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["solver"] = solver.Name,
            ["point"] = new SortedDictionary<string, object>(r.Point.Values.ToDictionary(kv => kv.Key, kv => kv.Value is double or int or bool ? kv.Value : Point.Format(kv.Value)), StringComparer.Ordinal)
            {
                [r.Point.SizeName] = r.Point.Size,
            },
            ["scalars"] = r.Scalars,
            ["curves"] = r.Curves.ToDictionary(kv => kv.Key, kv => new { x_name = kv.Value.XName, x = kv.Value.X, y = kv.Value.Y }),
            ["functions"] = r.Functions.ToDictionary(kv => kv.Key, kv => new { x = kv.Value.Select(v => v.X), y = kv.Value.Select(v => v.Y) }),
        }).ToList();
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions
        {
            WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }) + "\n";
    }
}
