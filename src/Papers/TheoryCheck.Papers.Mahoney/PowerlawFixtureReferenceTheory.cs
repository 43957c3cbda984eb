using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Power-law fits of the fixed data sets of <see cref="PowerlawFixtureExperiment"/> as computed once by an
/// independent route: tools/reference/powerlaw_reference.py (numpy 1.24.2, the public tool's plain O(n²) loop written
/// from its documented convention). Recorded values, not recomputed: a change of the fitter that moves α, xmin, D or
/// the tail size shows up against them. Clauset, Shalizi and Newman (2009) §3.3 (xmin by minimal KS distance).
/// </summary>
[Solver("mahoney.powerlaw-fixture-reference", "Recorded α, xmin, D, n_tail and σ of the fixed data sets from an independent numpy route.",
    Reference = "Clauset, Shalizi & Newman (2009) §3.3; values from tools/reference/powerlaw_reference.py")]
[Output("alpha", "recorded α̂")]
[Output("xmin", "recorded xmin")]
[Output("d", "recorded KS distance D of the fit")]
[Output("n-tail", "recorded number of values at or above xmin")]
[Output("sigma", "recorded standard error (α̂ − 1)/√n_tail")]
public sealed class PowerlawFixtureReferenceTheory : Theory<PowerlawFixtureParameters>
{
    private sealed record RecordedFit(double Alpha, double Xmin, double D, int NTail, double Sigma);

    // Output of `python3 tools/reference/powerlaw_reference.py` (repr: round-trip digits).
    private static readonly Dictionary<string, RecordedFit> Recorded = new()
    {
        ["pareto"] = new(2.501271061601105, 1.000333472283979, 0.0006726060434379955, 1000, 0.047474359399584415),
        ["mixture"] = new(3.0042428929369334, 1.0006255865485199, 0.001681795847932488, 400, 0.10021214464684666),
        ["ties"] = new(2.5401817469898584, 3.2, 0.0077500258812347456, 179, 0.11511858869162035),
        ["threshold"] = new(2.5408923457259402, 1.0025967615327584e-05, 0.021090449487520257, 32, 0.2723938566853146),
    };

    protected override TheoryValues Evaluate(Point point, PowerlawFixtureParameters parameters)
    {
        var r = Recorded[parameters.Dataset];
        return new TheoryValues()
            .Set("alpha", r.Alpha)
            .Set("xmin", r.Xmin)
            .Set("d", r.D)
            .Set("n-tail", r.NTail)
            .Set("sigma", r.Sigma);
    }
}
