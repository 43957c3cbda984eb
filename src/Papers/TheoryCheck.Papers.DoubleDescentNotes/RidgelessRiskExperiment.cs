using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>One minimum-norm fit per seed at n samples and p = γn features (<see cref="MinimumNormRegression"/>); records its risk.</summary>
public sealed class RidgelessRiskExperiment : Experiment
{
    public override string Name => "hastie.min-norm-fit";
    public override string Description => "minimum-norm least squares on fresh isotropic Gaussian data: risk ||beta_hat - beta||^2";
    public override string Reference => "Hastie et al. 2019; catalogue advani-saxe-and-double-descent.md §15";
    public override string SizeName => "n";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [HastieParameters.Gamma, HastieParameters.SignalNorm, HastieParameters.NoiseVariance];

    public override string? Validate(Point point) => HastieParameters.ValidateShape(point.Size, point.Real("gamma") * point.Size);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var p = (int)Math.Round(point.Real("gamma") * n);
        return new Observation().Set("risk", MinimumNormRegression.Risk(n, p, point.Real("r2"), point.Real("sigma2"), rng));
    }
}
