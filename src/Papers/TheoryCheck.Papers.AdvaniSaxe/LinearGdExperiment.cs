using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// One run of the linear student–teacher model in weight space (no eigenvectors of the data): X (N x P, entries
/// N(0, 1/N)), teacher w̄ ~ N(0, σ_w²), labels y = w̄X + ε, student from w(0) ~ N(0, INR·σ_w²), gradient descent
/// w ← w + η(y − wX)Xᵀ (sum-of-squares/2 loss, so t = ηk matches the time of eq (1) with τ = 1). Records, in units of σ_w²,
/// E_g = ‖w̄ − w‖²/N + σ_ε² at the requested steps and the smallest E_g − σ_ε² over every step; and, for α &gt; 1,
/// the t = ∞ gap conditional on X, α·tr(Σ⁻¹)/N = α·SNR·E[E_g(∞) − σ_ε² | X]/σ_w² (Rao–Blackwellised over the noise).
/// </summary>
[Solver("advani-saxe.linear-gd", "weight-space gradient descent on the linear student-teacher model; exact test error per step",
    Reference = "'Toy model setup', eqs (1)-(6)")]
[Output("eg@k=*", "E_g/σ_w² = ‖w̄ − w_k‖²/N + 1/SNR after k steps, one per recorded step")]
[Output("excess-min", "smallest E_g − σ_ε² over every step (E_g formed first)")]
[Output("tightness", "α·tr(Σ⁻¹)/N = α·SNR·E[E_g(∞) − σ_ε² | X]/σ_w² (α > 1 only)")]
public sealed class LinearGdExperiment : Experiment<LinearGdParameters>
{
    protected override string? Validate(Point point, LinearGdParameters parameters) => parameters.Validate(point.Size);
    /// <summary>X (N×P) drawn; 4NP per GD step up to the largest recorded step; for α &gt; 1 the N×N Gram (2N²P) and its eigenvalues.</summary>
    protected override ExperimentCost EstimateCost(Point point, LinearGdParameters parameters)
    {
        double n = point.Size, p = Math.Max(1, LinearModel.SampleCount(parameters.Alpha, point.Size)), steps = parameters.RecordSteps.DefaultIfEmpty(0).Max();
        return new ExperimentCost(Doubles(n * p + n * n),
            Draws(n * p + 2 * n + p) + (steps + 1) * 4 * n * p + Product(n, p, n) + Eigenvalues(n));
    }


    protected override Observation Run(Point point, LinearGdParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var p = LinearModel.SampleCount(parameters.Alpha, n);
        var alpha = parameters.Alpha;
        var sigmaEps2 = 1 / parameters.Snr; // σ_w = 1: results are in units of σ_w²
        var eta = parameters.Eta;
        var record = LinearModel.Steps(parameters.RecordSteps);
        var steps = record.Max();

        // X row-major: row i (length P) is input dimension i over the samples.
        var x = new double[n * p];
        rng.FillGaussian(x, 1 / Math.Sqrt(n));
        var teacher = new double[n];
        rng.FillGaussian(teacher);
        var w = new double[n];
        rng.FillGaussian(w, Math.Sqrt(parameters.Inr));
        var y = new double[p];
        rng.FillGaussian(y, Math.Sqrt(sigmaEps2));
        for (var i = 0; i < n; i++) Elementwise.MultiplyAdd(x.AsSpan(i * p, p), teacher[i], y, y);

        var observation = new Observation();
        var residual = new double[p];
        var diff = new double[n];
        var excessMin = double.PositiveInfinity;
        for (var k = 0; ; k++)
        {
            Elementwise.Subtract(teacher, w, diff);
            var excess = FixedOrder.Dot(diff, diff) / n;
            if (!double.IsFinite(excess) || excess > 1e12)
                throw new InvalidOperationException($"gradient descent diverged at step {k} (t = {k * eta}): ||w_bar - w||^2/N = {excess:G4}");
            // The claim as stated: E_g − σ_ε², with E_g formed first (not the gap alone, which is ≥ 0 by construction).
            excessMin = Math.Min(excessMin, excess + sigmaEps2 - sigmaEps2);
            if (record.Contains(k)) observation.Set($"eg@k={k}", excess + sigmaEps2);
            if (k == steps) break;
            // residual = y − wX, then w += η · residual Xᵀ.
            y.CopyTo(residual, 0);
            for (var i = 0; i < n; i++) Elementwise.MultiplyAdd(x.AsSpan(i * p, p), -w[i], residual, residual);
            for (var i = 0; i < n; i++) w[i] += eta * FixedOrder.Dot(x.AsSpan(i * p, p), residual);
        }
        observation.Set("excess-min", excessMin);

        if (alpha > 1)
        {
            // Σ = XXᵀ: X row-major N x P is column-major P x N, so Σ is its Gram matrix.
            var eigenvalues = Dense.Backend.SymmetricEigenvalues(Dense.Backend.Gram(x, p, n), n);
            observation.Set("tightness", alpha * eigenvalues.Sum(l => 1 / l) / n);
        }
        return observation;
    }
}
