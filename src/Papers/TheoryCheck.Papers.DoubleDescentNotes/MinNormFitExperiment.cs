using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>One minimum-norm fit per seed at n samples and p = γn features (<see cref="MinimumNormRegression"/>); records its risk.</summary>
[Solver("hastie.min-norm-fit", "minimum-norm least squares on fresh isotropic Gaussian data: risk ||beta_hat - beta||^2",
    Reference = "Hastie et al., isotropic linear model: simulated minimum-norm fits", Size = "n")]
[Output("risk", "||beta_hat - beta||^2 of one minimum-norm fit (the prediction risk without its test-noise term)")]
public sealed class MinNormFitExperiment : Experiment<HastieParameters>
{
    protected override string? Validate(Point point, HastieParameters parameters) => parameters.Validate(point.Size);

    /// <summary>X (p×n, p = γn) drawn, the Gram of the smaller side (2np·min) and its Cholesky solve.</summary>
    protected override ExperimentCost EstimateCost(Point point, HastieParameters parameters)
    {
        double n = point.Size, p = Math.Max(1, parameters.Features(point.Size)), m = Math.Min(n, p);
        return new ExperimentCost(Doubles(n * p + m * m), Draws(n * p + n + p) + Product(n, p, m) + Factor(m) + 4 * n * p);
    }

    protected override Observation Run(Point point, HastieParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        return new Observation().Set("risk", MinimumNormRegression.Risk(n, parameters.Features(n), parameters.SignalNorm2, parameters.NoiseVariance, rng));
    }
}
