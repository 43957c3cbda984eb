using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Optimisation;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Gradient descent on the read-out of random ReLU features in weight space (Advani–Saxe eqs (9)–(11)): the
/// fixed data set and first layer of <see cref="RandomReluFeatures.FixedFeatures"/>, w(0) = 0, η = eta-scale/λ_max(K_h)
/// with λ_max from power iteration on the P x P kernel (no eigendecomposition here). Records ‖w_k‖² at the recorded
/// steps, the largest ‖w_k‖/√N_h and ‖w_k‖² over the run, the smallest ‖w_{k+1}‖/‖w_k‖ (monotone growth), and how
/// loose eq (11) is: max ‖w_k‖/√N_h divided by the theory's B2. Deterministic: no random draws.
/// </summary>
[Solver("advani-saxe.rf.norm-gd", "GD on the read-out of fixed random ReLU features from w = 0: weight norms per step",
    Reference = "eqs (9)-(11)", Size = "Nh", Deterministic = true)]
[Output("norm2@k=*", "||w_k||^2 after k GD steps, one per recorded step")]
[Output("max-scaled-norm", "max over the run of ||w_k||/sqrt(N_h), the quantity eq (11) bounds")]
[Output("max-norm2", "max over the run of ||w_k||^2")]
[Output("monotone-ratio-min", "smallest ||w_{k+1}||/||w_k|| over the run (>= 1: the norm grows monotonically)")]
[Output("looseness", "max-scaled-norm / B2: how loose eq (11) is")]
[ReadsTheory("b2")]
public sealed class RfNormGdExperiment : Experiment<RfNormParameters>
{
    protected override string? Validate(Point point, RfNormParameters parameters) => parameters.Validate();
    /// <summary>Features of the fixed data set (2·Nh·d·P), the P×P kernel (2P²Nh) and power iteration (≤ 1000·2P²), then 4·Nh·P per GD step up to the largest recorded step.</summary>
    protected override ExperimentCost EstimateCost(Point point, RfNormParameters parameters)
    {
        double nh = point.Size, p = parameters.Samples, d = parameters.InputDimension, steps = parameters.RecordSteps.DefaultIfEmpty(0).Max();
        return new ExperimentCost(Doubles(nh * d + nh * p + p * p),
            Draws(d * p + nh * d) + Product(nh, d, p) + Product(p, nh, p) + 1000 * Product(p, p, 1) + steps * 4 * nh * p);
    }


    protected override Observation Run(Point point, RfNormParameters parameters, TheoryValues theory, Rng rng)
    {
        var nh = point.Size;
        var p = parameters.Samples;
        var (data, features) = RandomReluFeatures.FixedFeatures(parameters.InputDimension, p, nh, parameters.Dataset);
        var eta = parameters.StepScale / PowerIteration.LargestEigenvalue(data.FeatureKernel(features, nh), p);
        var record = parameters.RecordSteps.Select(k => (int)k).ToHashSet();
        var gd = new DataGradientDescent(features, nh, p, data.Labels, eta);
        var w = new double[nh];
        var observation = new Observation();
        double previous = 0, maxNorm2 = 0, minRatio = double.PositiveInfinity;
        for (var k = 1; k <= record.Max(); k++)
        {
            gd.Step(w);
            var norm2 = FixedOrder.Dot(w, w);
            Divergence.Check(norm2, k, eta, "||w||^2");
            if (k > 1) minRatio = Math.Min(minRatio, Math.Sqrt(norm2 / previous));
            maxNorm2 = Math.Max(maxNorm2, norm2);
            previous = norm2;
            if (record.Contains(k)) observation.Set($"norm2@k={k}", norm2);
        }
        return observation
            .Set("max-norm2", maxNorm2)
            .Set("max-scaled-norm", Math.Sqrt(maxNorm2 / nh))
            .Set("monotone-ratio-min", minRatio)
            .Set("looseness", Math.Sqrt(maxNorm2 / nh) / theory["b2"]);
    }
}
