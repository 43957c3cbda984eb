using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Optimisation;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The slowest time scale of learning, measured without eigenvectors (Advani–Saxe, 'Interpreting (5)': the
/// eigengap sets the time scales). Phase 1, the straightforward protocol: weight-space gradient descent on the fixed data set until ‖step_k‖ ≤ 1e-10 ‖step_0‖, and the Rayleigh
/// quotient of that step ("rate-raw"). At N ≥ 100 the next eigenvalue sits only a few per cent above λ_min
/// (spacing ~N^(−2/3)), so after a 1e10 reduction it can still dominate the step (relative error up to ~0.16 in our
/// runs, not the ≤ 2e-3 one might expect). Phase 2 carries on with the same linear map (the error of GD obeys
/// e ← (I − ηG)e) renormalised every step, so it never reaches the round-off floor, in the space where the Gram G is
/// nonsingular: weight space (G = Σ) when P ≥ N, sample space (G = XᵀX, acting on the training residual) when P &lt; N,
/// where Σ's null space would otherwise collect round-off at factor 1 per step. It stops when the quotient changes
/// by less than 1e-13 over 100 steps; the quotient is then the slowest decay rate ("rate") and the per-step factor
/// ‖(I − ηG)e‖/‖e‖ is 1 − η·rate.
/// </summary>
[Solver("advani-saxe.linear.slowest-mode", "GD on a fixed data set until the step shrinks by 1e10, then renormalised GD error map: Rayleigh quotients (the slowest rate)",
    Reference = "'Interpreting (5)': the eigengap determines the time scales")]
[Output("rate-raw", "Rayleigh quotient of the last GD step once it has shrunk by 1e10")]
[Output("rate", "settled Rayleigh quotient of the renormalised error map: the slowest decay rate λ_min")]
[Output("factor", "per-step factor ‖(I − ηG)e‖/‖e‖ = 1 − η·rate")]
[Output("steps", "gradient-descent steps taken in both phases")]
public sealed class LinearSlowestModeExperiment : Experiment<LinearSlowestModeParameters>
{
    private const double StopRatio = 1e-10;
    private const int MaxSteps = 4_000_000;

    protected override string? Validate(Point point, LinearSlowestModeParameters parameters) => parameters.Validate(point.Size);
    /// <summary>
    /// Σ (N²P), then two phases of 2·dim² per step, each bounded by 50/(η·λ) steps (a 1e10 reduction is 23 e-foldings)
    /// with λ the lower Marchenko–Pastur edge (√α − 1)², floored at the hard-edge scale 1/(4N²) and capped at the 4·10⁶-step limit.
    /// </summary>
    protected override ExperimentCost EstimateCost(Point point, LinearSlowestModeParameters parameters)
    {
        double n = point.Size, p = Math.Max(1, LinearModel.SampleCount(parameters.Alpha, point.Size)), m = Math.Min(n, p);
        var edge = Math.Max(Math.Pow(Math.Sqrt(parameters.Alpha) - 1, 2), 1 / (4 * n * n));
        var steps = Math.Min(MaxSteps, 50 / (parameters.Eta * edge));
        return new ExperimentCost(Doubles(n * p + n * n + p * p),
            Draws(n * p + 2 * n + p) + Product(n, p, n) + Product(p, n, p) + steps * (Product(n, n, 1) + Product(m, m, 1) + 10 * n));
    }


    protected override Observation Run(Point point, LinearSlowestModeParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var p = LinearModel.SampleCount(parameters.Alpha, n);
        var eta = parameters.Eta;
        var (x, sigma) = LinearData.FixedWithCovariance(n, p, parameters.Dataset);
        var draw = TeacherDraw.Sample(n, p, parameters.Snr, parameters.Inr, rng);
        var y = draw.Noise.ToArray();
        LinearData.Labels(x, n, p, draw.Teacher, y);
        var gd = new SigmaGradientDescent(sigma, LinearData.Correlation(x, n, p, y), eta);
        var w = draw.Initial.ToArray();
        gd.Step(w);
        var first = FixedOrder.Norm(gd.LastGradient);
        var k = 1;
        double norm;
        do
        {
            gd.Step(w);
            norm = FixedOrder.Norm(gd.LastGradient);
            Divergence.Check(norm * norm, k, eta, "||gradient||^2");
            if (++k > MaxSteps) throw new InvalidOperationException($"the step did not shrink by {1 / StopRatio:G2} within {MaxSteps} steps (eigengap too small for eta = {eta})");
        } while (norm > StopRatio * first);
        var raw = Quotient(sigma, n, gd.LastGradient.ToArray(), new double[n]);

        // Phase 2 in the nonsingular space: the weight-space step (P ≥ N) or the training residual y − wX (P < N).
        double[] gram, e;
        int dim;
        if (p >= n) (gram, e, dim) = (sigma, gd.LastGradient.ToArray(), n);
        else
        {
            dim = p;
            gram = Dense.Backend.Multiply(x, p, n, false, x, p, n, true);
            e = new double[p];
            LinearData.TrainingError(x, n, p, y, w, e);
        }
        var (rate, factor, iterations) = RenormalisedDecay(gram, dim, e, eta);
        return new Observation()
            .Set("rate-raw", raw)
            .Set("rate", rate)
            .Set("factor", factor)
            .Set("steps", k + iterations);
    }

    /// <summary>e ← (I − ηG)e / ‖·‖ until the Rayleigh quotient settles; returns (quotient, last per-step factor, steps).</summary>
    private static (double Rate, double Factor, int Steps) RenormalisedDecay(double[] gram, int dim, double[] e, double eta)
    {
        var image = new double[dim];
        Elementwise.Divide(e, FixedOrder.Norm(e), e);
        var previous = double.NaN;
        for (var k = 1; k <= MaxSteps; k++)
        {
            Dense.Backend.MultiplyVector(gram, dim, dim, false, e, image);
            var q = FixedOrder.Dot(e, image); // ‖e‖ = 1
            Elementwise.MultiplyAdd(image, -eta, e, e);
            var factor = FixedOrder.Norm(e);
            Divergence.Check(factor, k, eta, "per-step factor of the error");
            Elementwise.Divide(e, factor, e);
            if (k % 100 != 0) continue;
            if (Math.Abs(q - previous) <= 1e-13 * q) return (q, factor, k);
            previous = q;
        }
        throw new InvalidOperationException($"the slowest-mode quotient did not settle within {MaxSteps} steps (nearly degenerate eigengap)");
    }

    private static double Quotient(double[] gram, int dim, double[] direction, double[] image)
    {
        Dense.Backend.MultiplyVector(gram, dim, dim, false, direction, image);
        return FixedOrder.Dot(direction, image) / FixedOrder.Dot(direction, direction);
    }
}
