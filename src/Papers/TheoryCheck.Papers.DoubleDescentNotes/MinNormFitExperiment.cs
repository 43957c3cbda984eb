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

    protected override Observation Run(Point point, HastieParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        return new Observation().Set("risk", MinimumNormRegression.Risk(n, parameters.Features(n), parameters.SignalNorm2, parameters.NoiseVariance, rng));
    }
}
