using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The t → ∞ end point of gradient descent without running it (catalogue §8 "Simulation"): a fresh X, teacher, noise
/// and initialisation per seed; w(∞) = yXᵀΣ⁻¹ (P ≥ N) or w₀ + (y − w₀X)(XᵀX)⁻¹Xᵀ (P &lt; N: the initialisation's
/// null-space part is never learned); E_g(∞) = ‖w̄ − w(∞)‖²/N + σ_ε².
/// </summary>
public sealed class AsymptoteExperiment : Experiment
{
    public override string Name => "advani-saxe.linear.t-infinity";
    public override string Description => "fresh data set per seed; the t = ∞ weights by a Cholesky solve; E_g(∞)";
    public override string Reference => "000_234629a358ae8b88.txt 'Double Descent'; catalogue advani-saxe-and-double-descent.md §8";
    public override string SizeName => "N";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [LinearModelParameters.Alpha, LinearModelParameters.Snr, LinearModelParameters.Inr];

    public override string? Validate(Point point) => LinearModelParameters.ValidateAwayFromSquare(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var p = LinearModelParameters.SampleCount(point);
        var snr = point.Real("snr");
        var x = LinearData.Matrix(n, p, rng);
        var draw = TeacherDraw.Sample(n, p, snr, point.Real("inr"), rng);
        var y = draw.Noise.ToArray();
        LinearData.Labels(x, n, p, draw.Teacher, y);
        var w = new GramCholesky(x, n, p).Solve(y, draw.Initial);
        return new Observation().Set("eg-inf", LinearData.SquaredDistance(draw.Teacher, w) / n + 1 / snr);
    }
}
