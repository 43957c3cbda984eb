using System.Text;
using System.Text.Json;
using TheoryCheck.Running;

namespace TheoryCheck.Reports;

/// <summary>
/// <c>results.json</c> (schema <c>theorycheck/results/v1</c>, documented in the README): deterministic — the same
/// seed and specs give the same bytes for any --jobs. Timings go to <c>timings.json</c> beside it.
/// </summary>
public static class ResultsJsonWriter
{
    public const string Schema = "theorycheck/results/v1";

    public static string Write(RunResult run)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteString("tool", run.ToolVersion);
            w.WriteString("masterSeed", run.MasterSeed.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("tier", run.Tier.ToString().ToLowerInvariant());
            w.WriteString("backend", run.Backend);
            if (run.TheoryPerturbation != 0) w.WriteNumber("theoryPerturbation", run.TheoryPerturbation);
            w.WriteStartObject("totals");
            foreach (var status in Enum.GetValues<ClaimStatus>())
                w.WriteNumber(StatusText.Of(status), run.Specs.Count(s => s.Status == status));
            w.WriteNumber("golden-failures", run.Specs.Count(s => s.Golden?.Fails == true));
            w.WriteEndObject();
            w.WriteStartArray("specs");
            foreach (var r in run.Specs) WriteSpec(w, r);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteSpec(Utf8JsonWriter w, SpecResult r)
    {
        var s = r.Spec;
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("paper", s.Paper);
        w.WriteString("title", s.Title);
        w.WriteString("claim", s.Claim);
        w.WriteString("file", Path.GetRelativePath(Directory.GetCurrentDirectory(), s.FilePath).Replace('\\', '/'));
        w.WriteStartObject("source");
        w.WriteString("doc", s.Source.Document);
        w.WriteString("ref", s.Source.Reference);
        w.WriteEndObject();
        w.WriteString("specHash", s.Hash);
        w.WriteString("theory", s.Theory.Name);
        w.WriteString("experiment", s.Experiment.Name);
        w.WriteString("status", StatusText.Of(r.Status));
        w.WriteString("summary", r.Summary);
        if (s.KnownFailure is { } kf) w.WriteString("knownFailure", kf);
        if (r.Error is { } err) w.WriteString("error", err);
        w.WriteStartArray("checks");
        foreach (var c in r.Checks)
        {
            w.WriteStartObject();
            w.WriteString("kind", c.Definition.Kind);
            w.WriteString("claimed", c.Definition.Describe());
            w.WriteString("toleranceReason", c.Definition.Reason);
            w.WriteString("verdict", StatusText.Of(c.Verdict));
            w.WriteString("reason", c.Reason);
            w.WriteStartObject("statistics");
            foreach (var (k, v) in c.Statistics.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                if (double.IsFinite(v)) w.WriteNumber(k, v);
                else w.WriteString(k, v.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (s.Figures.Count > 0)
        {
            w.WriteStartArray("figures");
            foreach (var fig in s.Figures)
            {
                w.WriteStartObject();
                w.WriteString("title", fig.Title);
                w.WriteString("kind", fig.IsCurve ? "curves" : "scalar");
                w.WriteString("x", fig.X);
                w.WriteStartArray("series");
                foreach (var name in fig.Series) w.WriteStringValue(name);
                w.WriteEndArray();
                w.WriteString("sizes", fig.Sizes == Specs.FigureSizes.All ? "all" : "largest");
                w.WriteString("x-scale", fig.LogX ? "log" : "linear");
                w.WriteString("y-scale", fig.LogY ? "log" : "linear");
                if (fig.Paper is { } paper) w.WriteString("paper", paper);
                w.WriteNumber("line", fig.Line);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteStartArray("points");
        foreach (var p in r.Points)
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
        w.WriteEndArray();
        if (r.Golden is { } g)
        {
            w.WriteStartObject("golden");
            w.WriteString("status", g.Status.ToString().ToLowerInvariant());
            w.WriteString("file", Path.GetRelativePath(Directory.GetCurrentDirectory(), g.VerifiedPath).Replace('\\', '/'));
            w.WriteString("message", g.Message);
            w.WriteStartArray("differences");
            foreach (var d in g.Differences.Take(50))
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
            w.WriteEndObject();
        }
        w.WriteEndObject();
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

    /// <summary>Wall times, kept out of results.json so that file stays byte-identical across runs.</summary>
    public static string WriteTimings(RunResult run)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteNumber("totalSeconds", Math.Round(run.Elapsed.TotalSeconds, 3));
            w.WriteStartObject("specs");
            foreach (var r in run.Specs) w.WriteNumber(r.Spec.Id, Math.Round(r.Elapsed.TotalSeconds, 3));
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
