using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The smallest nonzero eigenvalue of Σ = XXᵀ (X: N x P, entries N(0, 1/N)) sampled in O(min(N, P)) per draw from the
/// Dumitriu–Edelman β = 1 Laguerre model (<see cref="LaguerreBidiagonal"/>, exact in law for Gaussian data, cross-checked
/// in the Mahoney module), by Sturm-count bisection on BBᵀ to 1e-12 relative. The nonzero spectrum of GGᵀ (G = √N·X)
/// is that of the m x m Wishart matrix with n = max(N, P) degrees of freedom, m = min(N, P).
/// </summary>
internal sealed class BidiagonalSmallestEigenvalue
{
    private readonly LaguerreBidiagonal _model;
    private readonly double[] _a, _b2;
    private readonly int _n;

    public BidiagonalSmallestEigenvalue(int n, int p)
    {
        _n = n;
        _model = new LaguerreBidiagonal(Math.Max(n, p), Math.Min(n, p));
        _a = new double[_model.M];
        _b2 = new double[Math.Max(0, _model.M - 1)];
    }

    /// <summary>One draw of λ_min⁺(Σ).</summary>
    public double Sample(Rng rng)
    {
        _model.Sample(rng);
        var d = _model.Diagonal;
        var sub = _model.SubDiagonal;
        for (var i = 0; i < _a.Length; i++)
        {
            var left = i > 0 ? sub[i - 1] : 0;
            _a[i] = d[i] * d[i] + left * left;
            if (i < _a.Length - 1)
            {
                var t = sub[i] * d[i];
                _b2[i] = t * t;
            }
        }
        // Bracket [0, hi] with at least one eigenvalue below hi, then halve to 1e-12 relative.
        double lo = 0, hi = Math.Max(1e-300, _a.Min());
        while (SymmetricTridiagonal.CountBelow(_a, _b2, hi) < 1) hi *= 2;
        while (hi - lo > 1e-12 * hi)
        {
            var mid = 0.5 * (lo + hi);
            if (SymmetricTridiagonal.CountBelow(_a, _b2, mid) >= 1) hi = mid;
            else lo = mid;
        }
        return 0.5 * (lo + hi) / _n;
    }
}
