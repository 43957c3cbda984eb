using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The spectral quantities of eqs (9)–(12) from the P x P kernel K_h = X_hᵀX_h alone (no N_h x N_h
/// eigendecomposition): eigenpairs (λ_i, u_i) with λ_i &gt; 1e-10 λ_max; the slide's |z̃_i|² = s_i² = λ_i(u_i·y)²;
/// M = max_i s_i²/(min_i λ_i)²; ‖w(∞)‖² = yᵀK_h⁺y = Σ (u_i·y)²/λ_i; ‖w_k‖² after k GD steps from 0 with step η
/// (eq (10) with w(0) = 0): Σ (u_i·y)²/λ_i·(1 − (1 − ηλ_i)^k)².
/// </summary>
internal sealed class KernelSpectrum
{
    private readonly double[] _lambdas;
    private readonly double[] _projections; // (u_i·y)²

    public KernelSpectrum(double[] kernel, int p, ReadOnlySpan<double> y)
    {
        var (values, vectors) = Dense.Backend.SymmetricEigen(kernel, p);
        var max = values[^1];
        var lambdas = new List<double>();
        var projections = new List<double>();
        for (var j = 0; j < p; j++)
        {
            if (values[j] <= DataSpectrum.ZeroThreshold * max) continue;
            double d = 0;
            for (var i = 0; i < p; i++) d += vectors[j * p + i] * y[i];
            lambdas.Add(values[j]);
            projections.Add(d * d);
        }
        _lambdas = lambdas.ToArray();
        _projections = projections.ToArray();
    }

    public int Rank => _lambdas.Length;
    public double LambdaMin => _lambdas[0];
    public double LambdaMax => _lambdas[^1];

    /// <summary>M = max_i λ_i(u_i·y)² / λ_min².</summary>
    public double M => _lambdas.Select((l, i) => l * _projections[i]).Max() / (LambdaMin * LambdaMin);

    /// <summary>yᵀK_h⁺y = ‖w(∞)‖² from w(0) = 0.</summary>
    public double MinimumNorm2 => _lambdas.Select((l, i) => _projections[i] / l).Sum();

    /// <summary>‖w_k‖² after k GD steps of size η from w(0) = 0.</summary>
    public double NormAfter(double eta, double k) => _lambdas.Select((l, i) =>
    {
        var learned = 1 - PortableMath.Pow(1 - eta * l, k);
        return _projections[i] / l * learned * learned;
    }).Sum();
}
