using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Measures ‖Ĉ − I‖₂ = max(|λ_max − 1|, |λ_min − 1|) for one draw of Ĉ = ZZᵀ/n (eigenvalues by the dense backend)
/// and its distance to the theory's limit.
/// </summary>
[Solver("mahoney.scm-deviation-norm", "Operator norm ‖ZZᵀ/n − I‖₂ for one draw of Z.",
    Reference = "RMT4ML slides \"Sample covariance matrix in the large n, p regime\"", Size = "p")]
[Output("norm", "‖Ĉ − I‖₂ = max(|λ_max − 1|, |λ_min − 1|)")]
[Output("abs-err-limit", "|‖Ĉ − I‖₂ − (2√c + c)|")]
[ReadsTheory("limit")]
public sealed class ScmDeviationNormExperiment : Experiment<ScmParameters>
{
    protected override string? Validate(Point point, ScmParameters parameters) => ScmShape.Validate(point, parameters.C);

    /// <summary>Z (p×n, n = p/c) drawn, ZZᵀ/n (2p²n) and its eigenvalues.</summary>
    protected override ExperimentCost EstimateCost(Point point, ScmParameters parameters)
    {
        double p = point.Size, n = Math.Max(1, ScmShape.Samples(point, parameters.C));
        return new ExperimentCost(Doubles(n * p + 2 * p * p), Draws(n * p) + CostOf.GramEigenvalues(n, p));
    }

    protected override Observation Run(Point point, ScmParameters parameters, TheoryValues theory, Rng rng)
    {
        var ev = ScmShape.SampleEigenvalues(point, parameters.C, rng);
        var norm = Math.Max(Math.Abs(ev[^1] - 1), Math.Abs(ev[0] - 1));
        return new Observation()
            .Set("norm", norm)
            .Set("abs-err-limit", Math.Abs(norm - theory["limit"]));
    }
}
