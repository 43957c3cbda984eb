using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Numerics.Statistics;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Tests;

/// <summary>
/// A report built from fixed numbers (no run): one claim of every kind the report shows — a converging error with
/// two series, a band and a curve figure; a failing bound with golden differences; an agreement with a scalar
/// figure over a parameter; a known failure; an error. Used by the golden HTML test and the format round trips.
/// </summary>
public static class SampleReport
{
    public static RunReport Build(string? commit = "0123456789abcdef0123456789abcdef01234567") => new()
    {
        ToolVersion = "0.1.0", Commit = commit, MasterSeed = 20261122, Tier = Tier.Quick, Backend = "managed (test)",
        Selection = SelectionInfo.Of([("demo.bound", "h2"), ("demo.converges", "h1"), ("demo.error", "h5"), ("demo.known", "h4"), ("demo.scalar", "h3")]),
        Claims = [Bound(), Converges(), Error(), Known(), Scalar()],
        Timings = new RunTimings(12.5, new Dictionary<string, double> { ["demo.converges"] = 3.25, ["demo.bound"] = 1.5 },
            new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero)),
    };

    private static ClaimReport Claim(string id, ClaimStatus status, string summary, IReadOnlyList<CheckReport> checks,
        IReadOnlyList<PointResult> points, IReadOnlyList<FigureDefinition>? figures = null, GoldenReport? golden = null,
        string? error = null, string? knownFailure = null, bool usesLinearAlgebra = false, SourceRef? source = null) => new()
    {
        Id = id, Paper = "demo", Title = $"Title of {id}", Claim = $"The claim of {id}: x < y & z > 0 (\"quoted\").",
        File = $"theory-specs/demo/{id}.yaml", Line = 1, Source = source ?? new SourceRef("000_demo.txt", "eq (1)") { Verdict = SourceVerdict.Confirms }, SpecHash = "h",
        Theory = "demo.theory", Experiment = "demo.experiment", UsesLinearAlgebra = usesLinearAlgebra, Status = status, Summary = summary, Checks = checks,
        Points = points, Figures = figures ?? [], Golden = golden ?? new GoldenReport(GoldenStatus.Matched, $"golden/demo/{id}.verified.json", "matched", null, 0, [], 0, []),
        Error = error, KnownFailure = knownFailure,
    };

    private static ClaimReport Converges()
    {
        int[] sizes = [50, 100, 200, 400];
        var points = new List<PointResult>();
        var series = new List<ConvergenceSeries>();
        foreach (var q in new[] { 1.0, 4.0 })
        {
            var errors = sizes.Select(m => (2.0 + 0.3 * q) * Math.Pow(m, -0.85) * (1 + 0.02 * Math.Sin(m))).ToArray();
            var ses = errors.Select(e => 0.04 * e).ToArray();
            series.Add(new ConvergenceSeries($"Q={q},sigma=1", sizes.Select(m => (double)m).ToArray(), errors, ses,
                LogLogFit.Fit(sizes.Select(m => (double)m).ToArray(), errors, ses)));
            for (var i = 0; i < sizes.Length; i++)
            {
                var p = new PointResult(new Point("M", sizes[i], new Dictionary<string, object> { ["Q"] = q, ["sigma"] = 1 }), 8);
                p.Experiment["ks"] = new SampleSummary(8, errors[i], ses[i] * Math.Sqrt(8), errors[i] * 0.9, errors[i] * 1.1);
                p.Theory["lambda-plus"] = MarchenkoPastur.UpperEdge(1 / q);
                var edges = EsdHistogram.Edges(1 / q, 1);
                var centres = EsdHistogram.Centres(edges);
                var density = EsdHistogram.TheoryDensity(edges, 1 / q, 1);
                p.TheoryCurves["esd"] = new Curve("λ", centres, density);
                p.ExperimentCurves["esd"] = new CurveSummary("λ", centres, density.Select((d, k) => d * (1 + 0.05 * Math.Cos(k))).ToArray(),
                    density.Select(d => 0.02 + 0.05 * d).ToArray());
                points.Add(p);
            }
        }
        var stats = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in series)
        {
            stats[s.Series + " slope"] = s.Fit.Slope;
            stats[s.Series + " slope-ci-half-width"] = s.Fit.HalfWidth;
            stats[s.Series + " band-min"] = s.Sizes.Select((m, i) => m * s.Errors[i]).Min();
            stats[s.Series + " band-max"] = s.Sizes.Select((m, i) => m * s.Errors[i]).Max();
        }
        var check = new CheckReport("converges", "log-log slope of experiment.ks in [-1, -0.7]; size^1 * error in [1.2, 4]", "rigidity", Verdict.Pass,
            "slope within claimed", 19, stats)
        {
            Converges = new ConvergesDetails("experiment.ks", -1, -0.7, null, new NormalisedBand(1, 1.2, 4), false, series),
        };
        FigureDefinition[] figures =
        [
            new() { Title = "ESD against the Marchenko–Pastur density", X = "", Series = ["experiment.esd", "theory.esd"], IsCurve = true, Paper = "figure 1", Line = 30 },
            new() { Title = "Missing curve", X = "", Series = ["experiment.nope"], IsCurve = true, Line = 34 },
        ];
        return Claim("demo.converges", ClaimStatus.Reproduced, "reproduced: 1 of 1 checks pass", [check], points, figures, usesLinearAlgebra: true,
            source: new SourceRef("000_demo.txt", "eq (2)") { Verdict = SourceVerdict.Corrects, Change = "eq (2) prints the rate −1/2; the error falls like M^(−0.86 ± 0.05)" });
    }

    private static ClaimReport Bound()
    {
        var points = new List<PointResult>();
        foreach (var n in new[] { 10, 20, 40 })
        {
            var p = new PointResult(new Point("N", n, new Dictionary<string, object> { ["alpha"] = 0.5 }), 4);
            p.Experiment["gap"] = new SampleSummary(4, -0.01 * 40 / n, 0.002, -0.02, 0.01);
            points.Add(p);
        }
        var stats = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["violations"] = 3, ["worst-slack"] = -0.04 };
        var check = new CheckReport("bound", "experiment.gap >= 0 at every point", "exact inequality", Verdict.Fail,
            "3 of 3 points cross the bound; worst at N=10,alpha=0.5", 12, stats);
        var golden = new GoldenReport(GoldenStatus.Mismatch, "golden/demo/demo.bound.verified.json", "3 of 9 values moved beyond tolerance", "golden/demo/demo.bound.received.json", 3,
        [
            new GoldenDifference("N=10,alpha=0.5 | experiment.gap.sd", 0.004, null, "no longer produced", double.PositiveInfinity),
            new GoldenDifference("N=10,alpha=0.5 | experiment.gap.mean", -0.041, -0.04, "rel 1E-09", 2.4e7),
            new GoldenDifference("checks[0] bound | worst-slack", -0.041, -0.04, "rel 1E-09", 2.4e7),
        ], 1, [new GoldenDifference("N=20,alpha=0.5 | experiment.gap.mean", -0.02, -0.020000000015, "rel 1E-09", 0.75)]);
        return Claim("demo.bound", ClaimStatus.NotReproduced, "not reproduced: 1 of 1 checks fail", [check], points, golden: golden);
    }

    private static ClaimReport Scalar()
    {
        var points = new List<PointResult>();
        foreach (var eta in new[] { 0.01, 0.05 })
            foreach (var k in new[] { 3, 4, 5 })
            {
                var p = new PointResult(new Point("K", k, new Dictionary<string, object> { ["eta"] = eta, ["M"] = 2 }), 1);
                var value = eta * (k - 2) / (4 - 2 * eta * k);
                p.Experiment["eg"] = new SampleSummary(1, value, 0, value, value);
                p.Theory["eg"] = value * (1 + 1e-9);
                points.Add(p);
            }
        var stats = new SortedDictionary<string, double>(StringComparer.Ordinal) { ["failing-points"] = 0, ["worst-abs-difference"] = 2e-11, ["worst-margin"] = 0.01 };
        var check = new CheckReport("agrees", "experiment.eg = theory.eg within rel 1E-07 at every point", "exact", Verdict.Pass, "all 6 points agree", 20, stats);
        FigureDefinition[] figures =
        [
            new() { Title = "eg against K", X = "K", IsCurve = false, Series = ["experiment.eg", "theory.eg"], Line = 25, Paper = "figure 2(a)" },
            new() { Title = "eg against eta at the largest K", X = "eta", IsCurve = false, Series = ["experiment.eg", "theory.eg"], Line = 29, LogX = true, LogY = true },
        ];
        return Claim("demo.scalar", ClaimStatus.Reproduced, "reproduced: 1 of 1 checks pass", [check], points, figures);
    }

    private static ClaimReport Known() =>
        Claim("demo.known", ClaimStatus.KnownFailure, "known failure confirmed (1 of 1 checks fail as expected): the paper's constant is off by 2",
            [new CheckReport("agrees", "a = b", "r", Verdict.Fail, "1 of 1 points disagree", 9, new SortedDictionary<string, double>(StringComparer.Ordinal) { ["worst-margin"] = 3 })],
            [], knownFailure: "the paper's constant is off by 2");

    private static ClaimReport Error() =>
        Claim("demo.error", ClaimStatus.Error, "error: at N=10, seed 3: diverged at step 120 (alpha = 0.3)", [], [],
            golden: new GoldenReport(GoldenStatus.Skipped, "golden/demo/demo.error.verified.json", "the run failed: no numbers to compare", null, 0, [], 0, []),
            error: "at N=10, seed 3: diverged at step 120 (alpha = 0.3)");
}
