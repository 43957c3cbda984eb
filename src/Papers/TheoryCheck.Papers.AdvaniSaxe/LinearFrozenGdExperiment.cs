using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The frozen subspace measured directly (Advani–Saxe, 'Interpreting (5)'): fresh X (α &lt; 1), teacher, noise and
/// w(0) per seed; gradient descent from the data for 1000 steps; P_null = I − X(XᵀX)⁻¹Xᵀ applied through a Cholesky
/// factor of the P x P Gram. Records the worst relative null-space leakage ‖P_null(w_k − w₀)‖/‖w_k − w₀‖ at
/// k ∈ {1, 10, 1000}, the worst relative drift of ‖P_null(w̄ − w_k)‖², the number of eigenvalues of Σ above 1e-10 λ_max,
/// and the frozen error ‖P_null(w̄ − w₀)‖²/N.
/// </summary>
[Solver("advani-saxe.linear.frozen-gd", "GD from random w(0) with alpha < 1: null-space leakage, frozen error, rank of Σ",
    Reference = "'Interpreting (5)' (frozen subspace)")]
[Output("leakage", "worst relative null-space leakage ‖P_null(w_k − w₀)‖/‖w_k − w₀‖ at k ∈ {1, 10, 1000}")]
[Output("frozen-drift", "worst relative drift of ‖P_null(w̄ − w_k)‖² at the same k")]
[Output("rank", "number of eigenvalues of Σ above 1e-10 λ_max")]
[Output("frozen", "‖P_null(w̄ − w₀)‖²/N")]
public sealed class LinearFrozenGdExperiment : Experiment<LinearFrozenParameters>
{
    private static readonly int[] Checkpoints = [1, 10, 1000];

    protected override string? Validate(Point point, LinearFrozenParameters parameters) => parameters.Validate(point.Size);
    /// <summary>X (N×P) drawn, 1000 data-route GD steps (4NP each), the P×P Gram and its Cholesky factor, the null-space projections at 3 checkpoints, the eigenvalues of the smaller Gram.</summary>
    protected override ExperimentCost EstimateCost(Point point, LinearFrozenParameters parameters)
    {
        double n = point.Size, p = Math.Max(1, LinearModel.SampleCount(parameters.Alpha, point.Size)), m = Math.Min(n, p);
        return new ExperimentCost(Doubles(n * p + 2 * p * p + m * m),
            Draws(n * p + 2 * n + p) + 1000 * 4 * n * p + 2 * Product(n, p, p) + Factor(p) + 10 * 4 * n * p + Eigenvalues(m));
    }


    protected override Observation Run(Point point, LinearFrozenParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var p = LinearModel.SampleCount(parameters.Alpha, n);
        var eta = parameters.Eta;
        var x = LinearData.Matrix(n, p, rng);
        var draw = TeacherDraw.Sample(n, p, parameters.Snr, parameters.Inr, rng);
        var y = draw.Noise.ToArray();
        LinearData.Labels(x, n, p, draw.Teacher, y);
        var result = FrozenSubspaceProbe.Measure(x, n, p, y, draw.Initial, draw.Teacher, eta, Checkpoints);
        return new Observation()
            .Set("leakage", result.Leakage)
            .Set("frozen-drift", result.Drift)
            .Set("rank", DataSpectrum.Eigenvalues(x, n, p).Count(l => l > 0))
            .Set("frozen", result.Frozen / n);
    }
}
