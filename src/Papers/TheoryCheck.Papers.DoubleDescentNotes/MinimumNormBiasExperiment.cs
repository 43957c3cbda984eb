using TheoryCheck.Numerics.Optimisation;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Gradient descent on ½‖y − wX‖² with P &lt; N from the data (catalogue §21 "Executable form"): fixed X, labels
/// y ~ N(0, I_P) per seed, η = 1/λ_max(XᵀX) by power iteration. From w(0) = 0 GD must reach the minimum-norm solution
/// w⁺ = yK⁻¹Xᵀ (Cholesky, an independent route); from w(0) ~ N(0, I) the interpolant closest to w(0),
/// w₀ + (y − w₀X)K⁻¹Xᵀ. Records both relative errors after `steps` steps, the ratio of successive errors
/// ‖w_{k+1} − w⁺‖/‖w_k − w⁺‖ at the last step with relative error above 1e-12 (300 times the round-off floor: the slowest mode dominates as cleanly as possible), and ‖w⁺‖².
/// </summary>
public sealed class MinimumNormBiasExperiment : Experiment
{
    internal static readonly IReadOnlyList<ParameterSpec> Shared =
    [
        ParameterSpec.Real("alpha", "samples per weight, alpha = P/N < 1 (underdetermined)", min: 0, max: 1, minExclusive: true, maxExclusive: true, @default: 0.5),
        ParameterSpec.Integer("dataset", "index of the fixed data set X", min: 1, max: 1000, @default: 1),
        ParameterSpec.Integer("steps", "gradient-descent steps with eta = 1/lambda_max", min: 1, max: 10_000_000, @default: 2000),
    ];

    public override string Name => "gd.min-norm-gd";
    public override string Description => "GD on underdetermined least squares from 0 and from random w(0): distance to the minimum-norm / closest interpolant, contraction";
    public override string Reference => "004_3b00fb3fec6f9d63.txt; catalogue advani-saxe-and-double-descent.md §21";
    public override string SizeName => "N";

    public override IReadOnlyList<ParameterSpec> Parameters => Shared;

    public override string? Validate(Point point) => ValidateShape(point);

    internal static string? ValidateShape(Point point)
    {
        var p = point.Real("alpha") * point.Size;
        if (Math.Abs(p - Math.Round(p)) > 1e-9) return $"P = alpha*N = {p} is not a whole number: choose N so that alpha*N is";
        return point.Size - Math.Round(p) < 4 ? $"N - P = {point.Size - Math.Round(p)} < 4: the minimum-norm solution's norm has infinite variance so close to P = N" : null;
    }

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var p = (int)Math.Round(point.Real("alpha") * n);
        var steps = point.Integer("steps");
        var x = LinearData.Fixed(n, p, point.Integer("dataset"));
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
