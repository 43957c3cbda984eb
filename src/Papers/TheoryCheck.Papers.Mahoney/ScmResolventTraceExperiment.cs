using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Measures (1/p) tr(Ĉ − zI)^{−1} = (1/p) Σ_i 1/(λ_i − z) for one draw of Ĉ = ZZᵀ/n (eigenvalues by the dense
/// backend) and its distance |· − m| to the theory's m. Catalogue §4 `mahoney.rmt4ml.stieltjes`.
/// </summary>
public sealed class ScmResolventTraceExperiment : Experiment
{
    public override string Name => "mahoney.scm-resolvent-trace";
    public override string Description => "Normalised resolvent trace (1/p) tr(ZZᵀ/n − zI)^{-1} for one draw of Z.";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, RMT4ML \"An asymptotic deterministic equivalent for SCM resolvent\"; catalogue §4 mahoney.rmt4ml.stieltjes";
    public override string SizeName => "p";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ScmShape.CParameter(),
        ParameterSpec.Real("z", "real spectral argument z < 0", min: -1e6, max: 0, maxExclusive: true),
    ];

    public override string? Validate(Point point) => ScmShape.Validate(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var z = point.Real("z");
        var ev = ScmShape.SampleEigenvalues(point, rng);
        double sum = 0;
        foreach (var l in ev) sum += 1 / (l - z);
        var trace = sum / ev.Length;
        return new Observation()
            .Set("trace", trace)
            .Set("abs-err", Math.Abs(trace - theory["m"]));
    }
}
