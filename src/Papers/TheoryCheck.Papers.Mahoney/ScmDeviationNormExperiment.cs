using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Measures ‖Ĉ − I‖₂ = max(|λ_max − 1|, |λ_min − 1|) for one draw of Ĉ = ZZᵀ/n (eigenvalues by the dense backend)
/// and its distance to the theory's limit. Catalogue §4 `mahoney.rmt4ml.scm-norm`.
/// </summary>
public sealed class ScmDeviationNormExperiment : Experiment
{
    public override string Name => "mahoney.scm-deviation-norm";
    public override string Description => "Operator norm ‖ZZᵀ/n − I‖₂ for one draw of Z.";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, RMT4ML \"Sample covariance matrix in the large n, p regime\"; catalogue §4 mahoney.rmt4ml.scm-norm";
    public override string SizeName => "p";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [ScmShape.CParameter()];

    public override string? Validate(Point point) => ScmShape.Validate(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var ev = ScmShape.SampleEigenvalues(point, rng);
        var norm = Math.Max(Math.Abs(ev[^1] - 1), Math.Abs(ev[0] - 1));
        return new Observation()
            .Set("norm", norm)
            .Set("abs-err-limit", Math.Abs(norm - theory["limit"]));
    }
}
