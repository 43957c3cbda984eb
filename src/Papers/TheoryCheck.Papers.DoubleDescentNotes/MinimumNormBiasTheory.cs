using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Implicit bias of gradient descent for underdetermined least squares (catalogue §21) on one fixed data set X (N x P,
/// P &lt; N, <see cref="LinearData.Fixed"/>): from the eigenvalues of K = XᵀX, the per-step contraction of the error with
/// η = 1/λ_max, 1 − λ_min⁺/λ_max, and E‖w⁺‖² = tr K⁻¹ for labels y ~ N(0, I_P) (w⁺ = yK⁻¹Xᵀ, the minimum-norm solution).
/// </summary>
public sealed class MinimumNormBiasTheory : Theory
{
    public override string Name => "gd.min-norm-spectrum";
    public override string Description => "underdetermined least squares on a fixed X: GD contraction 1 − λ_min/λ_max and E||w+||^2 = tr (XᵀX)⁻¹";
    public override string Reference => "004_3b00fb3fec6f9d63.txt (implicit regularisation, 'simpler = lower norm'); 000_234629a358ae8b88.txt (frozen subspace); catalogue advani-saxe-and-double-descent.md §21";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = MinimumNormBiasExperiment.Shared;

    public override string? Validate(Point point) => MinimumNormBiasExperiment.ValidateShape(point);

    public override TheoryValues Evaluate(Point point)
    {
        var n = point.Size;
        var p = (int)Math.Round(point.Real("alpha") * n);
        var x = LinearData.Fixed(n, p, point.Integer("dataset"));
        var lambdas = Dense.Backend.SymmetricEigenvalues(Dense.Backend.Multiply(x, p, n, false, x, p, n, true), p);
        return new TheoryValues()
            .Set("contraction", 1 - lambdas[0] / lambdas[^1])
            .Set("norm2-expected", lambdas.Sum(l => 1 / l));
    }
}
