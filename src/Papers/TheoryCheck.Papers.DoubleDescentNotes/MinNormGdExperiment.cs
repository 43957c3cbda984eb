using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Optimisation;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Gradient descent on ½‖y − wX‖² with P &lt; N from the data: fixed X, labels y ~ N(0, I_P) per seed,
/// η = 1/λ_max(XᵀX) by power iteration. From w(0) = 0 GD must reach the minimum-norm solution w⁺ = yK⁻¹Xᵀ (Cholesky,
/// an independent route); from w(0) ~ N(0, I) the interpolant closest to w(0), w₀ + (y − w₀X)K⁻¹Xᵀ. Records both
/// relative errors after `steps` steps, the ratio of successive errors ‖w_{k+1} − w⁺‖/‖w_k − w⁺‖ at the last step with
/// relative error above 1e-12 (300 times the round-off floor: the slowest mode dominates as cleanly as possible), and
/// ‖w⁺‖².
/// </summary>
[Solver("gd.min-norm-gd", "GD on underdetermined least squares from 0 and from random w(0): distance to the minimum-norm / closest interpolant, contraction",
    Reference = "implicit bias of GD towards the minimum-norm interpolant (the notes' 'simpler means lower norm'); frozen subspace of Advani and Saxe")]
[Output("relative-error", "||w_k - w+||/||w+|| after `steps` steps from w(0) = 0")]
[Output("relative-error-from-init", "distance after `steps` steps from random w(0) to the interpolant closest to w(0), relative to its norm")]
[Output("contraction", "||w_{k+1} - w+||/||w_k - w+|| at the last step with relative error above 1e-12")]
[Output("norm2", "||w+||^2 of the minimum-norm solution")]
public sealed class MinNormGdExperiment : Experiment<MinNormGdParameters>
{
    protected override string? Validate(Point point, MinNormGdParameters parameters) => UnderdeterminedShape.Validate(parameters.Alpha, point.Size);

    /// <summary>The fixed X (N×P, P = αN &lt; N; counted as drawn), two Cholesky solves of the P×P Gram (2NP²), power iteration (≤ 1000·2P²), and 2·steps data-route GD steps of 4NP.</summary>
    protected override ExperimentCost EstimateCost(Point point, MinNormGdParameters parameters)
    {
        double n = point.Size, p = Math.Max(1, UnderdeterminedShape.Samples(parameters.Alpha, point.Size));
        return new ExperimentCost(Doubles(n * p + 2 * p * p),
            Draws(n * p + n + p) + 2 * Product(p, n, p) + 2 * Factor(p) + 1000 * Product(p, p, 1) + 2 * parameters.Steps * (4 * n * p + 3 * n));
    }

    protected override Observation Run(Point point, MinNormGdParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var p = UnderdeterminedShape.Samples(parameters.Alpha, n);
        var steps = parameters.Steps;
        var x = LinearData.Fixed(n, p, parameters.Dataset);
        var y = new double[p];
        rng.FillGaussian(y);
        var start = new double[n];
        rng.FillGaussian(start);
        var solver = new GramCholesky(x, n, p);
        var minimumNorm = solver.Solve(y, new double[n]);
        var closest = solver.Solve(y, start);
        var gram = Numerics.LinearAlgebra.Dense.Backend.Multiply(x, p, n, false, x, p, n, true);
        var eta = 1 / PowerIteration.LargestEigenvalue(gram, p);

        var scale = Math.Sqrt(LinearData.SquaredDistance(minimumNorm, new double[n]));
        var gd = new DataGradientDescent(x, n, p, y, eta);
        var w = new double[n];
        double error = scale, contraction = double.NaN;
        for (var k = 1; k <= steps; k++)
        {
            gd.Step(w);
            var next = Math.Sqrt(LinearData.SquaredDistance(w, minimumNorm));
            Divergence.Check(next * next, k, eta, "||w - w+||^2");
            if (error > 1e-12 * scale) contraction = next / error;
            error = next;
        }
        var fromStart = new DataGradientDescent(x, n, p, y, eta);
        var v = start.ToArray();
        for (var k = 1; k <= steps; k++) fromStart.Step(v);
        return new Observation()
            .Set("relative-error", error / scale)
            .Set("relative-error-from-init", Math.Sqrt(LinearData.SquaredDistance(v, closest) / LinearData.SquaredDistance(closest, new double[n])))
            .Set("contraction", contraction)
            .Set("norm2", scale * scale);
    }
}
