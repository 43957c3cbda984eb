using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Implicit bias of gradient descent for underdetermined least squares on one fixed data set X (N x P, P &lt; N,
/// <see cref="LinearData.Fixed"/>): from the eigenvalues of K = XᵀX, the per-step contraction of the error with
/// η = 1/λ_max, 1 − λ_min⁺/λ_max, and E‖w⁺‖² = tr K⁻¹ for labels y ~ N(0, I_P) (w⁺ = yK⁻¹Xᵀ, the minimum-norm solution).
/// </summary>
[Solver("gd.min-norm-spectrum", "underdetermined least squares on a fixed X: GD contraction 1 − λ_min/λ_max and E||w+||^2 = tr (XᵀX)⁻¹",
    Reference = "implicit bias of GD towards the minimum-norm interpolant (the notes' 'simpler means lower norm'); frozen subspace of Advani and Saxe")]
[Output("contraction", "1 - lambda_min/lambda_max of XᵀX: the per-step error contraction of GD with eta = 1/lambda_max")]
[Output("norm2-expected", "E||w+||^2 = tr (XᵀX)^-1 for labels y ~ N(0, I_P)")]
public sealed class MinNormSpectrumTheory : Theory<MinNormSpectrumParameters>
{
    protected override string? Validate(Point point, MinNormSpectrumParameters parameters) => UnderdeterminedShape.Validate(parameters.Alpha, point.Size);

    protected override TheoryValues Evaluate(Point point, MinNormSpectrumParameters parameters)
    {
        var n = point.Size;
        var p = UnderdeterminedShape.Samples(parameters.Alpha, n);
        var x = LinearData.Fixed(n, p, parameters.Dataset);
        var lambdas = Dense.Backend.SymmetricEigenvalues(Dense.Backend.Multiply(x, p, n, false, x, p, n, true), p);
        return new TheoryValues()
            .Set("contraction", 1 - lambdas[0] / lambdas[^1])
            .Set("norm2-expected", lambdas.Sum(l => 1 / l));
    }
}
