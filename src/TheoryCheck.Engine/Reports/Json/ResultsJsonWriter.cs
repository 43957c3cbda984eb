using System.Globalization;
using System.Text;
using System.Text.Json;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Engine.Reports.Json;

/// <summary>
/// <c>results.json</c> (schema <c>theorycheck/results/v1</c>, documented in the README): deterministic — the same
/// seed and specs give the same bytes for any --jobs, and <c>merge</c> of shards gives the bytes of the unsharded
/// run. It holds everything the other reports need (<see cref="ResultsJsonReader"/> reads it back). Timings go to
/// <c>timings.json</c> beside it.
/// </summary>
public static class ResultsJsonWriter
{
    public const string Schema = "theorycheck/results/v1";

    public static string Write(RunResult run) => Write(RunReportBuilder.From(run));

    public static string Write(RunReport run) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("tool", run.ToolVersion);
        if (run.Commit is { } commit) w.WriteString("commit", commit);
        w.WriteString("masterSeed", run.MasterSeed.ToString(CultureInfo.InvariantCulture));
        w.WriteString("tier", run.Tier.ToString().ToLowerInvariant());
        w.WriteString("backend", run.Backend);
        if (run.TheoryPerturbation != 0) w.WriteNumber("theoryPerturbation", run.TheoryPerturbation);
        w.WriteStartObject("selection");
        w.WriteNumber("claims", run.Selection.Claims);
        w.WriteString("hash", run.Selection.Hash);
        w.WriteEndObject();
        if (run.Shard is { } shard)
        {
            w.WriteStartObject("shard");
            w.WriteNumber("index", shard.Index);
            w.WriteNumber("count", shard.Count);
            w.WriteEndObject();
        }
        w.WriteStartObject("totals");
        foreach (var status in Enum.GetValues<ClaimStatus>())
            w.WriteNumber(StatusText.Of(status), run.Claims.Count(s => s.Status == status));
        w.WriteNumber("golden-failures", run.Claims.Count(s => s.Golden?.Fails == true));
        w.WriteEndObject();
        w.WriteStartArray("specs");
        foreach (var r in run.Claims) WriteClaim(w, r);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void WriteClaim(Utf8JsonWriter w, ClaimReport r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("paper", r.Paper);
        w.WriteString("title", r.Title);
        w.WriteString("claim", r.Claim);
        w.WriteString("file", r.File);
        w.WriteNumber("line", r.Line);
        w.WriteStartObject("source");
        w.WriteString("doc", r.Source.Document);
        w.WriteString("ref", r.Source.Reference);
        if (r.Source.Verdict is { } verdict) w.WriteString("verdict", SourceVerdictText.Of(verdict));
        if (r.Source.Change is { } change) w.WriteString("change", change);
        w.WriteEndObject();
        w.WriteString("specHash", r.SpecHash);
        w.WriteString("theory", r.Theory);
        w.WriteString("experiment", r.Experiment);
        w.WriteBoolean("usesLinearAlgebra", r.UsesLinearAlgebra);
        w.WriteString("status", StatusText.Of(r.Status));
        w.WriteString("summary", r.Summary);
        if (r.KnownFailure is { } kf) w.WriteString("knownFailure", kf);
        if (r.Error is { } err) w.WriteString("error", err);
        if (r.Power is { } power)
        {
            w.WriteStartObject("power");
            w.WriteNumber("delta", power.Delta);
            w.WriteString("high", StatusText.Of(power.High));
            w.WriteString("low", StatusText.Of(power.Low));
            w.WriteEndObject();
        }
        if (r.Tags.Count > 0)
        {
            w.WriteStartArray("tags");
            foreach (var tag in r.Tags) w.WriteStringValue(tag);
            w.WriteEndArray();
        }
        w.WriteStartArray("checks");
        foreach (var c in r.Checks) WriteCheck(w, c);
        w.WriteEndArray();
        if (r.Figures.Count > 0)
        {
            w.WriteStartArray("figures");
            foreach (var fig in r.Figures) WriteFigure(w, fig);
            w.WriteEndArray();
        }
        w.WriteStartArray("points");
        foreach (var p in r.Points) WritePoint(w, p);
        w.WriteEndArray();
        if (r.Golden is { } g) WriteGolden(w, g);
        w.WriteEndObject();
    }

    private static void WriteCheck(Utf8JsonWriter w, CheckReport c)
    {
        w.WriteStartObject();
        w.WriteString("kind", c.Kind);
        w.WriteNumber("line", c.Line);
        w.WriteString("claimed", c.Claimed);
        w.WriteString("toleranceReason", c.ToleranceReason);
        w.WriteString("verdict", StatusText.Of(c.Verdict));
        w.WriteString("reason", c.Reason);
        w.WriteStartObject("statistics");
        foreach (var (k, v) in c.Statistics.OrderBy(kv => kv.Key, StringComparer.Ordinal)) WriteReal(w, k, v);
        w.WriteEndObject();
        if (c.Converges is { } d)
        {
            w.WriteStartObject("converges");
            w.WriteString("error", d.Error);
            w.WriteStartArray("slope");
            w.WriteNumberValue(d.SlopeLow);
            w.WriteNumberValue(d.SlopeHigh);
            w.WriteEndArray();
            if (d.Final is double final) w.WriteNumber("final", final);
            if (d.Band is { } band)
            {
                w.WriteStartObject("band");
                w.WriteNumber("power", band.Power);
                w.WriteNumber("min", band.Min);
                w.WriteNumber("max", band.Max);
                w.WriteEndObject();
            }
            w.WriteBoolean("pooled", d.Pooled);
            w.WriteStartArray("fits");
            foreach (var s in d.Series)
            {
                w.WriteStartObject();
                w.WriteString("series", s.Series);
                WriteNumbers(w, "sizes", s.Sizes);
                WriteNumbers(w, "errors", s.Errors);
                WriteNumbers(w, "se", s.StandardErrors);
                WriteReal(w, "slope", s.Fit.Slope);
                WriteReal(w, "intercept", s.Fit.Intercept);
                WriteReal(w, "halfWidth", s.Fit.HalfWidth);
                WriteReal(w, "seedSe", s.Fit.SeedStandardError);
                WriteReal(w, "residualSe", s.Fit.ResidualStandardError);
                if (s.Passed is bool passed) w.WriteBoolean("pass", passed);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter w, FigureDefinition fig)
    {
        w.WriteStartObject();
        w.WriteString("title", fig.Title);
        w.WriteString("kind", fig.IsCurve ? "curves" : "scalar");
        w.WriteString("x", fig.X);
        w.WriteStartArray("series");
        foreach (var name in fig.Series) w.WriteStringValue(name);
        w.WriteEndArray();
        w.WriteString("sizes", fig.Sizes == FigureSizes.All ? "all" : "largest");
        w.WriteString("x-scale", fig.LogX ? "log" : "linear");
        w.WriteString("y-scale", fig.LogY ? "log" : "linear");
        if (fig.Paper is { } paper) w.WriteString("paper", paper);
        w.WriteNumber("line", fig.Line);
        w.WriteEndObject();
    }

    private static void WritePoint(Utf8JsonWriter w, PointResult p)
    {
        w.WriteStartObject();
        w.WriteStartObject("parameters");
        foreach (var (k, v) in p.Point.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal)) WriteValue(w, k, v);
        w.WriteEndObject();
        w.WriteString("sizeName", p.Point.SizeName);
        w.WriteNumber("N", p.Point.Size);
        w.WriteNumber("seeds", p.Seeds);
        w.WriteStartObject("experiment");
        foreach (var (name, sum) in p.Experiment)
        {
            w.WriteStartObject(name);
            w.WriteNumber("mean", sum.Mean);
            w.WriteNumber("se", sum.StandardError);
            w.WriteNumber("sd", sum.StandardDeviation);
            w.WriteNumber("min", sum.Min);
            w.WriteNumber("max", sum.Max);
            if (p.Theory.TryGetValue(name, out var t)) w.WriteNumber("theory", t);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("theory");
        foreach (var (name, v) in p.Theory) w.WriteNumber(name, v);
        w.WriteEndObject();
        if (p.TheoryCurves.Count + p.ExperimentCurves.Count > 0)
        {
            w.WriteStartObject("curves");
            foreach (var (name, c) in p.ExperimentCurves)
            {
                w.WriteStartObject("experiment." + name);
                w.WriteString("x-name", c.XName);
                WriteNumbers(w, "x", c.X);
                WriteNumbers(w, "mean", c.Mean);
                WriteNumbers(w, "se", c.StandardError);
                w.WriteEndObject();
            }
            foreach (var (name, c) in p.TheoryCurves)
            {
                w.WriteStartObject("theory." + name);
                w.WriteString("x-name", c.XName);
                WriteNumbers(w, "x", c.X);
                WriteNumbers(w, "y", c.Y);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteGolden(Utf8JsonWriter w, GoldenReport g)
    {
        w.WriteStartObject("golden");
        w.WriteString("status", g.Status.ToString().ToLowerInvariant());
        w.WriteString("file", g.File);
        w.WriteString("message", g.Message);
        if (g.Received is { } received) w.WriteString("received", received);
        w.WriteNumber("differenceCount", g.DifferenceCount);
        WriteDifferences(w, "differences", g.Differences);
        w.WriteNumber("nearMissCount", g.NearMissCount);
        WriteDifferences(w, "nearMisses", g.NearMisses);
        w.WriteEndObject();
    }

    private static void WriteDifferences(Utf8JsonWriter w, string name, IReadOnlyList<GoldenDifference> differences)
    {
        w.WriteStartArray(name);
        foreach (var d in differences)
        {
            w.WriteStartObject();
            w.WriteString("key", d.Key);
            if (d.Expected is double e) w.WriteNumber("expected", e); else w.WriteNull("expected");
            if (d.Actual is double a) w.WriteNumber("actual", a); else w.WriteNull("actual");
            w.WriteString("tolerance", d.Tolerance);
            if (double.IsFinite(d.Margin)) w.WriteNumber("margin", d.Margin); else w.WriteString("margin", "inf");
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>A number, or its text for NaN and ±infinity (JSON has no such numbers); the reader accepts both.</summary>
    private static void WriteReal(Utf8JsonWriter w, string name, double v)
    {
        if (double.IsFinite(v)) w.WriteNumber(name, v);
        else w.WriteString(name, v.ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteNumbers(Utf8JsonWriter w, string name, IReadOnlyList<double> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteNumberValue(v);
        w.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter w, string name, object value)
    {
        switch (value)
        {
            case double d: w.WriteNumber(name, d); break;
            case int i: w.WriteNumber(name, i); break;
            case bool b: w.WriteBoolean(name, b); break;
            case IReadOnlyList<double> list:
                w.WriteStartArray(name);
                foreach (var x in list) w.WriteNumberValue(x);
                w.WriteEndArray();
                break;
            default: w.WriteString(name, value.ToString()); break;
        }
    }

    /// <summary>Wall and work times and the start date, kept out of results.json so that file stays byte-identical across runs.</summary>
    public static string WriteTimings(RunResult run) => WriteTimings(RunReportBuilder.From(run));

    public static string WriteTimings(RunReport run) => Json(w =>
    {
        w.WriteStartObject();
        if (run.Timings.Started is { } started) w.WriteString("started", started.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        w.WriteNumber("totalSeconds", Math.Round(run.Timings.TotalSeconds, 3));
        w.WriteStartObject("specs");
        foreach (var r in run.Claims) w.WriteNumber(r.Id, Math.Round(run.Timings.Of(r.Id), 3));
        w.WriteEndObject();
        w.WriteEndObject();
    });

    internal static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
            write(w);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
