using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Measures (1/p) tr(Ĉ − zI)^{−1} = (1/p) Σ_i 1/(λ_i − z) for one draw of Ĉ = ZZᵀ/n (eigenvalues by the dense
/// backend) and its distance |· − m| to the theory's m.
/// </summary>
[Solver("mahoney.scm-resolvent-trace", "Normalised resolvent trace (1/p) tr(ZZᵀ/n − zI)^{-1} for one draw of Z.",
    Reference = "RMT4ML slides \"An asymptotic deterministic equivalent for SCM resolvent\"", Size = "p")]
[Output("trace", "(1/p) tr(Ĉ − zI)^{−1}")]
[Output("abs-err", "|trace − m(z)|")]
[ReadsTheory("m")]
public sealed class ScmResolventTraceExperiment : Experiment<ScmResolventParameters>
{
    protected override string? Validate(Point point, ScmResolventParameters parameters) => ScmShape.Validate(point, parameters.C);

    /// <summary>Z (p×n, n = p/c) drawn, ZZᵀ/n (2p²n) and its eigenvalues.</summary>
    protected override ExperimentCost EstimateCost(Point point, ScmResolventParameters parameters)
    {
        double p = point.Size, n = Math.Max(1, ScmShape.Samples(point, parameters.C));
        return new ExperimentCost(Doubles(n * p + 2 * p * p), Draws(n * p) + CostOf.GramEigenvalues(n, p) + 4 * p);
    }

    protected override Observation Run(Point point, ScmResolventParameters parameters, TheoryValues theory, Rng rng)
    {
        var z = parameters.Z;
        var ev = ScmShape.SampleEigenvalues(point, parameters.C, rng);
        double sum = 0;
        foreach (var l in ev) sum += 1 / (l - z);
        var trace = sum / ev.Length;
        return new Observation()
            .Set("trace", trace)
            .Set("abs-err", Math.Abs(trace - theory["m"]));
    }
}
