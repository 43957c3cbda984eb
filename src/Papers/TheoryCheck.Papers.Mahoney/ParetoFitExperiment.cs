using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.PowerLaw;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Draws n exact Pareto(α, xmin = 1) samples, x = U^(−1/(α−1)), and fits them: with xmin = 1
/// given as a parameter (not as a data point), α̂, its deviation from the theory's exact mean, its z-score, and whether
/// α̂ ± 2σ̂ (σ̂ = (α̂ − 1)/√n) covers the planted α, and the tool's KS distance D at xmin = 1.
/// </summary>
[Solver("mahoney.pareto-fit", "Power-law MLE on n exact Pareto samples with xmin = 1 known: bias, z-score, 2σ coverage, D.",
    Reference = "Clauset, Shalizi & Newman (2009) §3", Size = "n")]
[Output("alpha", "α̂ with xmin = 1 given")]
[Output("abs-dev", "|α̂ − E[α̂]|")]
[Output("z", "(α̂ − E[α̂])/sd(α̂)")]
[Output("covered", "1 when α̂ ± 2σ̂ covers the planted α, else 0")]
[Output("d", "the tool's KS distance D at xmin = 1")]
[ReadsTheory("alpha", "alpha-mean", "alpha-sd")]
public sealed class ParetoFitExperiment : Experiment<ParetoParameters>
{
    protected override string? Validate(Point point, ParetoParameters parameters) =>
        point.Size < 3 ? $"n = {point.Size}: the fit needs n >= 3" : point.Size > 10_000_000 ? "n is limited to 1e7" : null;

    /// <summary>n Pareto draws (a uniform and a power each) and the power-law fit with x_min = 1 known (sort and one pass: 50·n·log₂n).</summary>
    protected override ExperimentCost EstimateCost(Point point, ParetoParameters parameters)
    {
        double n = point.Size;
        return new ExperimentCost(Doubles(4 * n), Draws(n) + Functions(n) + 50 * n * Math.Log2(Math.Max(2, n)) + 20 * n);
    }

    protected override Observation Run(Point point, ParetoParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var power = -1 / (parameters.Alpha - 1);
        var x = new double[n];
        for (var i = 0; i < n; i++) x[i] = PortableMath.Pow(1 - rng.NextDouble(), power); // U ∈ (0, 1]
        var fixedFit = ClausetFitter.Fit(x, new PowerLawFitOptions { Xmin = 1, Threshold = 0 });
        var alpha = fixedFit.Alpha;
        return new Observation()
            .Set("alpha", alpha)
            .Set("abs-dev", Math.Abs(alpha - theory["alpha-mean"]))
            .Set("z", (alpha - theory["alpha-mean"]) / theory["alpha-sd"])
            .Set("covered", Math.Abs(alpha - theory["alpha"]) <= 2 * fixedFit.Sigma ? 1 : 0)
            .Set("d", fixedFit.D);
    }
}
