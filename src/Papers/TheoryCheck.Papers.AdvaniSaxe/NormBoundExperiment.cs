using TheoryCheck.Numerics.Optimisation;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Gradient descent on the read-out of random ReLU features in weight space (catalogue §12 "Executable form"): the
/// fixed data set and first layer of <see cref="RandomReluFeatures.FixedFeatures"/>, w(0) = 0, η = eta-scale/λ_max(K_h)
/// with λ_max from power iteration on the P x P kernel (no eigendecomposition here). Records ‖w_k‖² at the recorded
/// steps, the largest ‖w_k‖/√N_h and ‖w_k‖² over the run, the smallest ‖w_{k+1}‖/‖w_k‖ (monotone growth), and how
/// loose eq (11) is: max ‖w_k‖/√N_h divided by the theory's B2. Deterministic: no random draws.
/// </summary>
public sealed class NormBoundExperiment : Experiment
{
    public override string Name => "advani-saxe.rf.norm-gd";
    public override string Description => "GD on the read-out of fixed random ReLU features from w = 0: weight norms per step";
    public override string Reference => "000_234629a358ae8b88.txt eqs (9)-(11); catalogue advani-saxe-and-double-descent.md §12";
    public override string SizeName => "Nh";
    public override bool IsDeterministic => true;

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        RandomFeatureParameters.InputDimension, RandomFeatureParameters.Samples, RandomFeatureParameters.Dataset,
        RandomFeatureParameters.StepScale, RandomFeatureParameters.Steps,
    ];

    public override string? Validate(Point point) => RandomFeatureParameters.Validate(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var nh = point.Size;
        var p = point.Integer("samples");
        var (data, features) = RandomReluFeatures.FixedFeatures(point.Integer("ni"), p, nh, point.Integer("dataset"));
        var eta = point.Real("eta-scale") / PowerIteration.LargestEigenvalue(data.FeatureKernel(features, nh), p);
        var record = point.List("record-steps").Select(k => (int)k).ToHashSet();
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
