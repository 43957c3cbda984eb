using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Random ReLU features with N_h &gt; P (Advani–Saxe, the frozen subspace under eq (11)): a fresh data set and first layer per seed,
/// read-out w₀ ~ N(0, I), GD with η = 1/λ_max(K_h) to k = 1000; the null-space leakage of w_k − w₀ and the drift of
/// ‖P_null w_k‖² at k ∈ {1, 10, 100, 1000}, the rank of X_h and the frozen fraction ‖P_null w₀‖²/N_h.
/// </summary>
[Solver("advani-saxe.rf.frozen-gd", "GD on the read-out of random ReLU features from random w_0: null-space leakage, frozen norm, rank",
    Reference = "eq (11) and the frozen subspace below it", Size = "Nh")]
[Output("leakage", "worst relative null-space leakage ‖P_null(w_k − w₀)‖/‖w_k − w₀‖ at k ∈ {1, 10, 100, 1000}")]
[Output("frozen-drift", "worst relative drift of ‖P_null w_k‖² at the same k")]
[Output("rank", "rank of the feature matrix X_h")]
[Output("frozen", "‖P_null w₀‖²/N_h, the frozen fraction")]
public sealed class RfFrozenGdExperiment : Experiment<RfFrozenParameters>
{
    private static readonly int[] Checkpoints = [1, 10, 100, 1000];

    protected override string? Validate(Point point, RfFrozenParameters parameters) => parameters.Validate(point.Size);
    /// <summary>Data (d×P) and first layer (Nh×d) drawn, features (2·Nh·d·P), the P×P kernel (2P²Nh) and power iteration (≤ 1000·2P²), 1000 GD steps (4·Nh·P), the Cholesky probe and the eigenvalues of the P×P Gram.</summary>
    protected override ExperimentCost EstimateCost(Point point, RfFrozenParameters parameters)
    {
        double nh = point.Size, p = parameters.Samples, d = parameters.InputDimension, m = Math.Min(nh, p);
        return new ExperimentCost(Doubles(nh * d + 2 * nh * p + 3 * p * p),
            Draws(d * p + nh * d + nh) + Product(nh, d, p) + 2 * Product(p, nh, p) + 1000 * Product(p, p, 1) + 1040 * 4 * nh * p + Factor(p) + Eigenvalues(m));
    }


    protected override Observation Run(Point point, RfFrozenParameters parameters, TheoryValues theory, Rng rng)
    {
        var nh = point.Size;
        var p = parameters.Samples;
        var data = RandomReluFeatures.Sample(parameters.InputDimension, p, rng);
        var features = data.Features(data.FirstLayer(nh, rng), nh);
        var initial = new double[nh];
        rng.FillGaussian(initial);
        var eta = 1 / PowerIteration.LargestEigenvalue(data.FeatureKernel(features, nh), p);
        var result = FrozenSubspaceProbe.Measure(features, nh, p, data.Labels, initial, new double[nh], eta, Checkpoints);
        return new Observation()
            .Set("leakage", result.Leakage)
            .Set("frozen-drift", result.Drift)
            .Set("rank", DataSpectrum.Eigenvalues(features, nh, p).Count(l => l > 0))
            .Set("frozen", result.Frozen / nh);
    }
}
