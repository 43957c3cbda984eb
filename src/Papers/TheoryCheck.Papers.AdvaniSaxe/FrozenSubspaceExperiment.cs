using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The frozen subspace measured directly (catalogue §4 "Executable form"): fresh X (α &lt; 1), teacher, noise and
/// w(0) per seed; gradient descent from the data for 1000 steps; P_null = I − X(XᵀX)⁻¹Xᵀ applied through a Cholesky
/// factor of the P x P Gram. Records the worst relative null-space leakage ‖P_null(w_k − w₀)‖/‖w_k − w₀‖ at
/// k ∈ {1, 10, 1000}, the worst relative drift of ‖P_null(w̄ − w_k)‖², the number of eigenvalues of Σ above 1e-10 λ_max,
/// and the frozen error ‖P_null(w̄ − w₀)‖²/N.
/// </summary>
public sealed class FrozenSubspaceExperiment : Experiment
{
    private static readonly int[] Checkpoints = [1, 10, 1000];

    public override string Name => "advani-saxe.linear.frozen-gd";
    public override string Description => "GD from random w(0) with alpha < 1: null-space leakage, frozen error, rank of Σ";
    public override string Reference => "000_234629a358ae8b88.txt 'Interpreting (5)'; catalogue advani-saxe-and-double-descent.md §4";
    public override string SizeName => "N";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [LinearModelParameters.Alpha, LinearModelParameters.Snr, LinearModelParameters.Inr, LinearModelParameters.Eta];

    public override string? Validate(Point point) => LinearModelParameters.ValidateUnderdetermined(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var p = LinearModelParameters.SampleCount(point);
        var eta = point.Real("eta");
        var x = LinearData.Matrix(n, p, rng);
        var draw = TeacherDraw.Sample(n, p, point.Real("snr"), point.Real("inr"), rng);
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
