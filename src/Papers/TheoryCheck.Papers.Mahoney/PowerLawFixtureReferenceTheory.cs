using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Power-law fits of the fixed data sets of <see cref="PowerLawFixtureExperiment"/> as computed once by an
/// independent route: tools/reference/powerlaw_reference.py (numpy 1.24.2, the tool's plain O(n²) loop written
/// from the catalogue's description of its convention). Recorded values, not recomputed: a change of the fitter that
/// moves α, xmin, D or the tail size shows up against them. Catalogue mahoney-rmt-htsr.md §6 test (c).
/// </summary>
public sealed class PowerLawFixtureReferenceTheory : Theory
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

    public override string Name => "mahoney.powerlaw-fixture-reference";
    public override string Description => "Recorded α, xmin, D, n_tail and σ of the fixed data sets from an independent numpy route.";
    public override string Reference => "tools/reference/powerlaw_reference.py; catalogue §6 mahoney.fit.clauset (c)";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [ParameterSpec.Choice("dataset", "pareto, mixture, ties or threshold", PowerLawFixtureExperiment.Datasets)];

    public override TheoryValues Evaluate(Point point)
    {
        var r = Recorded[point.Text("dataset")];
        return new TheoryValues()
            .Set("alpha", r.Alpha)
            .Set("xmin", r.Xmin)
            .Set("d", r.D)
            .Set("n-tail", r.NTail)
            .Set("sigma", r.Sigma);
    }
}
