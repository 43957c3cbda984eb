using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The t → ∞ end point of gradient descent without running it (Advani–Saxe, section 'Double Descent'): a fresh X, teacher, noise
/// and initialisation per seed; w(∞) = yXᵀΣ⁻¹ (P ≥ N) or w₀ + (y − w₀X)(XᵀX)⁻¹Xᵀ (P &lt; N: the initialisation's
/// null-space part is never learned); E_g(∞) = ‖w̄ − w(∞)‖²/N + σ_ε².
/// </summary>
[Solver("advani-saxe.linear.t-infinity", "fresh data set per seed; the t = ∞ weights by a Cholesky solve; E_g(∞)",
    Reference = "eq (6) at t = ∞ (section 'Double Descent')")]
[Output("eg-inf", "E_g(∞)/σ_w² = ‖w̄ − w(∞)‖²/N + 1/SNR of one draw")]
public sealed class LinearTInfinityExperiment : Experiment<LinearAsymptoteParameters>
{
    protected override string? Validate(Point point, LinearAsymptoteParameters parameters) => parameters.Validate(point.Size);
    /// <summary>X (N×P) drawn, the Gram of the smaller side (2NP·min) and its Cholesky solve.</summary>
    protected override ExperimentCost EstimateCost(Point point, LinearAsymptoteParameters parameters)
    {
        double n = point.Size, p = Math.Max(1, LinearModel.SampleCount(parameters.Alpha, point.Size)), m = Math.Min(n, p);
        return new ExperimentCost(Doubles(n * p + m * m), Draws(n * p + 2 * n + p) + Product(n, p, m) + Factor(m) + 4 * n * p);
    }


    protected override Observation Run(Point point, LinearAsymptoteParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var p = LinearModel.SampleCount(parameters.Alpha, n);
        var snr = parameters.Snr;
        var x = LinearData.Matrix(n, p, rng);
        var draw = TeacherDraw.Sample(n, p, snr, parameters.Inr, rng);
        var y = draw.Noise.ToArray();
        LinearData.Labels(x, n, p, draw.Teacher, y);
        var w = new GramCholesky(x, n, p).Solve(y, draw.Initial);
        return new Observation().Set("eg-inf", LinearData.SquaredDistance(draw.Teacher, w) / n + 1 / snr);
    }
}
