using System.Globalization;
using System.Text.Json;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Engine.Reports.Json;

/// <summary>A results.json (or timings.json) that cannot be read back: not JSON, another schema, a missing field.</summary>
public sealed class ReportFormatException(string path, string reason) : Exception($"{path}: {reason}")
{
    public string Path { get; } = path;
}

/// <summary>
/// Reads <c>results.json</c> back into the report model (<c>merge</c>): the inverse of <see cref="ResultsJsonWriter"/>,
/// so that writing what was read gives the same bytes. Reads <c>timings.json</c> beside it when there is one.
/// </summary>
public static class ResultsJsonReader
{
    /// <param name="path">A results.json file, or the report folder that holds it.</param>
    public static RunReport ReadFile(string path)
    {
        var file = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !Directory.Exists(path) ? path : System.IO.Path.Combine(path, "results.json");
        if (!File.Exists(file)) throw new ReportFormatException(file, "no such file (expected a report folder written by `run --report`)");
        var report = Read(File.ReadAllText(file), file);
        var timings = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(file))!, "timings.json");
        return File.Exists(timings) ? With(report, ReadTimings(File.ReadAllText(timings), timings)) : report;
    }

    public static RunReport Read(string json, string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var schema = Text(root, "schema");
            if (schema != ResultsJsonWriter.Schema)
                throw new ReportFormatException(path, $"schema '{schema}' is not {ResultsJsonWriter.Schema}");
            if (!root.TryGetProperty("selection", out var selection))
                throw new ReportFormatException(path, "no 'selection': written by an older theorycheck; rerun with this version");
            return new RunReport
            {
                ToolVersion = Text(root, "tool"),
                Commit = OptionalText(root, "commit"),
                MasterSeed = ulong.Parse(Text(root, "masterSeed"), CultureInfo.InvariantCulture),
                Tier = Text(root, "tier") == "full" ? Tier.Full : Tier.Quick,
                Backend = Text(root, "backend"),
                TheoryPerturbation = root.TryGetProperty("theoryPerturbation", out var tp) ? tp.GetDouble() : 0,
                Selection = new SelectionInfo(selection.GetProperty("claims").GetInt32(), Text(selection, "hash")),
                Shard = root.TryGetProperty("shard", out var shard) ? new ShardPart(shard.GetProperty("index").GetInt32(), shard.GetProperty("count").GetInt32()) : null,
                Claims = root.GetProperty("specs").EnumerateArray().Select(Claim).ToList(),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ReportFormatException(path, "not a readable results.json: " + e.Message);
        }
    }

    public static RunTimings ReadTimings(string json, string path)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            DateTimeOffset? started = root.TryGetProperty("started", out var s)
                ? DateTimeOffset.Parse(s.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null;
            var claims = root.GetProperty("specs").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
            return new RunTimings(root.GetProperty("totalSeconds").GetDouble(), claims, started);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ReportFormatException(path, "not a readable timings.json: " + e.Message);
        }
    }

    private static RunReport With(RunReport r, RunTimings timings) => new()
    {
        ToolVersion = r.ToolVersion, Commit = r.Commit, MasterSeed = r.MasterSeed, Tier = r.Tier, Backend = r.Backend,
        TheoryPerturbation = r.TheoryPerturbation, Selection = r.Selection, Shard = r.Shard, Claims = r.Claims, Timings = timings,
    };

    private static ClaimReport Claim(JsonElement e)
    {
        var source = e.GetProperty("source");
        return new ClaimReport
        {
            Id = Text(e, "id"), Paper = Text(e, "paper"), Title = Text(e, "title"), Claim = Text(e, "claim"), File = Text(e, "file"),
            Line = e.GetProperty("line").GetInt32(), Source = new SourceRef(Text(source, "doc"), Text(source, "ref"))
                { Verdict = SourceVerdictText.Parse(OptionalText(source, "verdict")), Change = OptionalText(source, "change") },
            SpecHash = Text(e, "specHash"), Theory = Text(e, "theory"), Experiment = Text(e, "experiment"),
            UsesLinearAlgebra = e.TryGetProperty("usesLinearAlgebra", out var la)
                ? la.GetBoolean()
                : throw new FormatException($"claim {Text(e, "id")} has no 'usesLinearAlgebra': written by an older theorycheck; rerun with this version"),
            Status = StatusText.ClaimStatusOf(Text(e, "status")), Summary = Text(e, "summary"),
            KnownFailure = OptionalText(e, "knownFailure"), Error = OptionalText(e, "error"),
            Checks = e.GetProperty("checks").EnumerateArray().Select(Check).ToList(),
            Figures = e.TryGetProperty("figures", out var figs) ? figs.EnumerateArray().Select(Figure).ToList() : [],
            Points = e.GetProperty("points").EnumerateArray().Select(Point).ToList(),
            Golden = e.TryGetProperty("golden", out var g) ? Golden(g) : null,
            Power = e.TryGetProperty("power", out var pw)
                ? new ClaimPower(pw.GetProperty("delta").GetDouble(), StatusText.ClaimStatusOf(Text(pw, "high")), StatusText.ClaimStatusOf(Text(pw, "low")))
                : null,
            Tags = e.TryGetProperty("tags", out var tags) ? tags.EnumerateArray().Select(t => t.GetString() ?? "").ToList() : [],
        };
    }

    private static CheckReport Check(JsonElement e)
    {
        var stats = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in e.GetProperty("statistics").EnumerateObject()) stats[p.Name] = Real(p.Value);
        ConvergesDetails? converges = null;
        if (e.TryGetProperty("converges", out var c))
        {
            var slope = c.GetProperty("slope");
            converges = new ConvergesDetails(Text(c, "error"), slope[0].GetDouble(), slope[1].GetDouble(),
                c.TryGetProperty("final", out var f) ? f.GetDouble() : null,
                c.TryGetProperty("band", out var b) ? new NormalisedBand(b.GetProperty("power").GetDouble(), b.GetProperty("min").GetDouble(), b.GetProperty("max").GetDouble()) : null,
                c.GetProperty("pooled").GetBoolean(),
                c.GetProperty("fits").EnumerateArray().Select(s =>
                {
                    var sizes = Numbers(s, "sizes");
                    var fit = new LogLogFit(Real(s.GetProperty("slope")), Real(s.GetProperty("intercept")), Real(s.GetProperty("seedSe")),
                        Real(s.GetProperty("residualSe")), Real(s.GetProperty("halfWidth")), sizes.Length);
                    return new ConvergenceSeries(Text(s, "series"), sizes, Numbers(s, "errors"), Numbers(s, "se"), fit)
                        { Passed = s.TryGetProperty("pass", out var pass) ? pass.GetBoolean() : null };
                }).ToList());
        }
        return new CheckReport(Text(e, "kind"), Text(e, "claimed"), Text(e, "toleranceReason"), StatusText.VerdictOf(Text(e, "verdict")),
            Text(e, "reason"), e.GetProperty("line").GetInt32(), stats) { Converges = converges };
    }

    private static FigureDefinition Figure(JsonElement e) => new()
    {
        Title = Text(e, "title"), IsCurve = Text(e, "kind") == "curves", X = Text(e, "x"),
        Series = e.GetProperty("series").EnumerateArray().Select(s => s.GetString()!).ToList(),
        Sizes = Text(e, "sizes") == "all" ? FigureSizes.All : FigureSizes.Largest,
        LogX = Text(e, "x-scale") == "log", LogY = Text(e, "y-scale") == "log",
        Paper = OptionalText(e, "paper"), Line = e.GetProperty("line").GetInt32(),
    };

    private static PointResult Point(JsonElement e)
    {
        var values = new Dictionary<string, object>();
        foreach (var p in e.GetProperty("parameters").EnumerateObject()) values[p.Name] = Value(p.Value);
        var seeds = e.GetProperty("seeds").GetInt32();
        var result = new PointResult(new Point(Text(e, "sizeName"), e.GetProperty("N").GetInt32(), values), seeds);
        foreach (var q in e.GetProperty("experiment").EnumerateObject())
            result.Experiment[q.Name] = new SampleSummary(seeds, q.Value.GetProperty("mean").GetDouble(), q.Value.GetProperty("sd").GetDouble(),
                q.Value.GetProperty("min").GetDouble(), q.Value.GetProperty("max").GetDouble());
        foreach (var q in e.GetProperty("theory").EnumerateObject()) result.Theory[q.Name] = q.Value.GetDouble();
        if (e.TryGetProperty("curves", out var curves))
            foreach (var c in curves.EnumerateObject())
            {
                if (c.Name.StartsWith("experiment.", StringComparison.Ordinal))
                    result.ExperimentCurves[c.Name["experiment.".Length..]] = new CurveSummary(Text(c.Value, "x-name"), Numbers(c.Value, "x"), Numbers(c.Value, "mean"), Numbers(c.Value, "se"));
                else
                    result.TheoryCurves[c.Name["theory.".Length..]] = new Curve(Text(c.Value, "x-name"), Numbers(c.Value, "x"), Numbers(c.Value, "y"));
            }
        return result;
    }

    private static GoldenReport Golden(JsonElement e) => new(
        Enum.Parse<GoldenStatus>(Text(e, "status"), ignoreCase: true), Text(e, "file"), Text(e, "message"), OptionalText(e, "received"),
        e.GetProperty("differenceCount").GetInt32(), Differences(e.GetProperty("differences")),
        e.GetProperty("nearMissCount").GetInt32(), Differences(e.GetProperty("nearMisses")));

    private static List<GoldenDifference> Differences(JsonElement list) => list.EnumerateArray().Select(d => new GoldenDifference(
        Text(d, "key"),
        d.GetProperty("expected").ValueKind == JsonValueKind.Null ? null : d.GetProperty("expected").GetDouble(),
        d.GetProperty("actual").ValueKind == JsonValueKind.Null ? null : d.GetProperty("actual").GetDouble(),
        Text(d, "tolerance"),
        d.GetProperty("margin").ValueKind == JsonValueKind.String ? double.PositiveInfinity : d.GetProperty("margin").GetDouble())).ToList();

    /// <summary>A parameter value as the spec loader types it: whole numbers as int, other numbers as double, lists of doubles.</summary>
    private static object Value(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number when v.TryGetInt32(out var i) => i,
        JsonValueKind.Number => v.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => (IReadOnlyList<double>)v.EnumerateArray().Select(x => x.GetDouble()).ToArray(),
        _ => v.GetString()!,
    };

    private static double Real(JsonElement v) =>
        v.ValueKind == JsonValueKind.String ? double.Parse(v.GetString()!, CultureInfo.InvariantCulture) : v.GetDouble();

    private static double[] Numbers(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetDouble()).ToArray();

    private static string Text(JsonElement e, string name) =>
        e.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' is null");

    private static string? OptionalText(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;
}
