using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;
using TheoryCheck.Engine.Specs;
using TheoryCheck.Numerics.RandomMatrix;
using YamlDotNet.RepresentationModel;
using static TheoryCheck.Engine.Checks.Quantities;

namespace TheoryCheck.Engine.Checks;

/// <summary>
/// <c>distribution</c>: a Kolmogorov–Smirnov test of an experiment quantity's per-seed samples at a point, against
/// a theory CDF (one-sample: D = sup_x |F_n(x) − F(x)|) or against a second route's per-seed samples at the same
/// point (two-sample: D = sup_x |F_n(x) − G_m(x)|).
/// <para>
/// The rule. p = Q_KS((√n_e + 0.12 + 0.11/√n_e)·D) with n_e = n for one sample and n·m/(n + m) for two, Q_KS(λ) =
/// 2 Σ_{k≥1} (−1)^{k−1} e^{−2k²λ²} — the asymptotic Kolmogorov distribution with Stephens' finite-sample correction
/// (M. A. Stephens, "Use of the Kolmogorov–Smirnov, Cramér–von Mises and related statistics without extensive
/// tables", J. R. Stat. Soc. B 32 (1970) 115–122; Press et al., Numerical Recipes, 3rd ed., §14.3.3), computed by
/// <see cref="KolmogorovDistance"/>. With k points tested, each must have p ≥ level/k (Bonferroni), so a true
/// model fails the claim with probability at most <c>level</c>.
/// </para>
/// <para>
/// Why. The test needs only the seeds' values (no binning, no normality assumption), its null distribution does
/// not depend on the (continuous) F, and a location shift of s standard errors moves D by about s·f·σ/√n, so a shift of a few standard
/// errors of the mean is rejected once √n·D passes the critical value (1.63 at 1%).
/// </para>
/// </summary>
public sealed class DistributionKind : CheckKind<DistributionDefinition>
{
    public override string Name => "distribution";

    public override CheckDefinition? Read(CheckContext c, YamlNode node)
    {
        var r = c.Reader;
        var f = r.Fields(node, Name, ["sample", "cdf", "against", "level", "at", "reason"]);
        if (node is not YamlMappingNode) return null;
        var sampleNode = r.Required(f, "sample", node, Name);
        var sample = RequireSamples(c, sampleNode, c.Quantity(sampleNode), "distribution.sample");
        var hasCdf = f.TryGetValue("cdf", out var cdfNode);
        var hasAgainst = f.TryGetValue("against", out var againstNode);
        QuantityRef? cdf = null, against = null;
        var ok = true;
        if (hasCdf == hasAgainst)
        {
            r.Fail(node, "distribution needs exactly one of 'cdf' (theory.NAME of a theory function) or 'against' (experiment.NAME of a second route)");
            ok = false;
        }
        else if (hasCdf)
        {
            cdf = c.Quantity(cdfNode.Value);
            if (cdf is { FromTheory: false })
            {
                r.Fail(cdfNode.Value, $"distribution.cdf must be theory.NAME (a function the theory computes), got {cdf}");
                cdf = null;
            }
            else if (cdf is not null && c.Theory?.Outputs.FirstOrDefault(o => o.Matches(cdf.Name)) is { Kind: not OutputKind.Function } declared)
            {
                r.Fail(cdfNode.Value, $"distribution.cdf: theory '{c.Theory.Name}' declares '{declared.Name}' as a {declared.Kind.ToString().ToLowerInvariant()}, not a function");
                cdf = null;
            }
            ok = cdf is not null;
        }
        else
        {
            against = RequireSamples(c, againstNode.Value, c.Quantity(againstNode.Value), "distribution.against");
            ok = against is not null;
        }
        var level = DistributionDefinition.DefaultLevel;
        if (f.TryGetValue("level", out var levelNode))
        {
            level = r.Number(levelNode.Value, "distribution.level") ?? level;
            if (!(level > 0 && level < 1)) r.Fail(levelNode.Value, $"distribution.level must lie in (0, 1), got {level}");
        }
        var largestOnly = true;
        if (f.TryGetValue("at", out var at))
        {
            var s = r.Text(at.Value, "distribution.at");
            if (s == "all") largestOnly = false;
            else if (s is not ("largest" or null)) r.Fail(at.Value, $"distribution.at must be 'largest' or 'all', got '{s}'");
        }
        var reason = c.Reason(f, node, Name);
        return sample is null || !ok || reason is null ? null
            : new DistributionDefinition(sample, cdf, against, level, largestOnly, reason, YamlReader.LineOf(node));
    }

    private static QuantityRef? RequireSamples(CheckContext c, YamlNode? node, QuantityRef? q, string what)
    {
        if (q is null || (!q.FromTheory && q.Statistic == Statistic.Mean)) return q;
        c.Reader.Fail(node, $"{what} must be experiment.NAME (its per-seed values; no .se/.sd/.min/.max), got {q}");
        return null;
    }

    protected override CheckResult Evaluate(DistributionDefinition def, IReadOnlyList<PointResult> points)
    {
        var selected = def.LargestOnly
            ? points.GroupBy(p => p.Point.SeriesKey).Select(g => g.MaxBy(p => p.Point.Size)!).ToList()
            : points.ToList();
        var perPoint = def.Level / selected.Count;
        var failing = 0;
        double smallestP = double.PositiveInfinity, worstD = 0;
        var worstAt = "";
        foreach (var p in selected)
        {
            var x = Samples(p, def.Sample).ToArray();
            if (x.Length < 2) throw new CheckException($"distribution: {def.Sample} has {x.Length} seed at {p.Point.Key}; a KS test needs several");
            double d, pValue;
            if (def.Cdf is { } cdfRef)
            {
                d = KolmogorovDistance.OneSample(x, Function(p, cdfRef));
                var sq = Math.Sqrt(x.Length);
                pValue = KolmogorovDistance.KolmogorovQ((sq + 0.12 + 0.11 / sq) * d);
            }
            else
            {
                var y = Samples(p, def.Against!).ToArray();
                d = KolmogorovDistance.TwoSample(x, y);
                pValue = KolmogorovDistance.TwoSamplePValue(d, x.Length, y.Length);
            }
            if (pValue < perPoint || double.IsNaN(d)) failing++;
            if (pValue < smallestP || worstAt.Length == 0)
            {
                (smallestP, worstD) = (pValue, d);
                worstAt = $"{p.Point.Key} (n = {x.Length})";
            }
        }
        var stats = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["ks-distance"] = worstD, ["smallest-p-value"] = smallestP, ["failing-points"] = failing, ["points"] = selected.Count,
        };
        var what = $"smallest p-value {F(smallestP)} (KS distance {F(worstD)}) at {worstAt}; each point tested at {F(perPoint)}";
        return failing > 0
            ? new CheckResult(def, Verdict.Fail, $"{failing} of {selected.Count} points reject the distribution: {what}", stats)
            : new CheckResult(def, Verdict.Pass, $"all {selected.Count} points are consistent with the distribution: {what}", stats);
    }

    public override IEnumerable<string> Decisive(CheckReport c, string sizeName) =>
        [$"distribution of {Subject(c)}: KS distance {G(Stat(c, "ks-distance"))}, smallest p {G(Stat(c, "smallest-p-value"))}, {G(Stat(c, "failing-points"))} of {G(Stat(c, "points"))} points reject"];
}
