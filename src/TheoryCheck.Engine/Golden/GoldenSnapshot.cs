using System.Runtime.InteropServices;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Engine.Golden;

/// <summary>
/// The deterministic numbers of one claim's run, flattened to <c>key → value</c> with a provenance header.
/// Keys are <c>&lt;point&gt; | theory.NAME</c>, <c>&lt;point&gt; | experiment.NAME.mean|se|min|max</c>, curves as <c>theory.NAME[i]</c> and
/// <c>experiment.NAME[i].mean|se</c>, and
/// <c>checks[i] KIND | STAT</c>: stable, sorted, one per line in the file so a diff shows one line per moved number.
/// Curves are recorded only when a figure draws them, a check reads them or the spec keeps them (<see cref="Specs.Spec.GoldenCurves"/>).
/// </summary>
public sealed class GoldenSnapshot
{
    public const string Schema = "theorycheck/golden/v1";

    public required string Id { get; init; }
    public required string SpecHash { get; init; }
    public required string Tier { get; init; }
    public required ulong MasterSeed { get; init; }
    public required string ToolVersion { get; init; }
    public required string Platform { get; init; }
    public required string Backend { get; init; }
    public required SortedDictionary<string, double> Values { get; init; }

    /// <summary>Set on received files only (null on verified ones): which verified file this run was compared with, and when.</summary>
    public ReceivedStamp? Received { get; init; }

    /// <summary>The same snapshot with another <see cref="Received"/> stamp (null: as a verified file).</summary>
    public GoldenSnapshot WithReceived(ReceivedStamp? stamp) => new()
    {
        Id = Id, SpecHash = SpecHash, Tier = Tier, MasterSeed = MasterSeed, ToolVersion = ToolVersion, Platform = Platform,
        Backend = Backend, Values = Values, Received = stamp,
    };

    public static GoldenSnapshot From(SpecResult result, RunResult run)
    {
        var values = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in result.Points)
        {
            foreach (var (name, v) in p.Theory) values[$"{p.Point.Key} | theory.{name}"] = v;
            foreach (var (name, s) in p.Experiment)
            {
                values[$"{p.Point.Key} | experiment.{name}.mean"] = s.Mean;
                if (p.Seeds > 1)
                {
                    values[$"{p.Point.Key} | experiment.{name}.se"] = s.StandardError;
                    values[$"{p.Point.Key} | experiment.{name}.min"] = s.Min;
                    values[$"{p.Point.Key} | experiment.{name}.max"] = s.Max;
                }
            }
            // Curves: one key per x index (zero-padded so the file sorts in x order); only those drawn, checked or kept.
            var curves = result.Spec.GoldenCurves;
            foreach (var (name, c) in p.TheoryCurves.Where(kv => curves is null || curves.Contains("theory." + kv.Key)))
                for (var i = 0; i < c.Y.Count; i++) values[$"{p.Point.Key} | theory.{name}[{i:D4}]"] = c.Y[i];
            foreach (var (name, c) in p.ExperimentCurves.Where(kv => curves is null || curves.Contains("experiment." + kv.Key)))
                for (var i = 0; i < c.Mean.Count; i++)
                {
                    values[$"{p.Point.Key} | experiment.{name}[{i:D4}].mean"] = c.Mean[i];
                    if (p.Seeds > 1) values[$"{p.Point.Key} | experiment.{name}[{i:D4}].se"] = c.StandardError[i];
                }
        }
        for (var i = 0; i < result.Checks.Count; i++)
            foreach (var (stat, v) in result.Checks[i].Statistics)
                if (double.IsFinite(v))
                    values[$"checks[{i}] {result.Checks[i].Definition.Kind} | {stat}"] = v;
        return new GoldenSnapshot
        {
            Id = result.Spec.Id, SpecHash = result.Spec.Hash, Tier = run.Tier.ToString().ToLowerInvariant(),
            MasterSeed = run.MasterSeed, ToolVersion = run.ToolVersion, Backend = run.Backend,
            Platform = $"{RuntimeInformation.OSDescription.Trim()} {RuntimeInformation.ProcessArchitecture} .NET {Environment.Version}",
            Values = values,
        };
    }

    /// <summary>The quantity part of a key, used to look its tolerance up: <c>experiment.ks.mean</c>, <c>checks.slope</c>.</summary>
    public static string QuantityOf(string key)
    {
        var bar = key.IndexOf(" | ", StringComparison.Ordinal);
        var quantity = bar < 0 ? key : key[(bar + 3)..];
        return key.StartsWith("checks[", StringComparison.Ordinal) ? "checks." + quantity : quantity;
    }

    /// <summary>The key of the standard error stored beside a mean, if any.</summary>
    public static string? StandardErrorKeyOf(string key) =>
        key.EndsWith(".mean", StringComparison.Ordinal) ? key[..^5] + ".se" : null;
}
