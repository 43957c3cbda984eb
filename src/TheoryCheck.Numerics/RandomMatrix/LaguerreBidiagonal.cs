using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// The Dumitriu–Edelman β = 1 Laguerre model (I. Dumitriu and A. Edelman, "Matrix models for beta ensembles",
/// J. Math. Phys. 43, 2002, Thm 3.4): for the M x M lower-bidiagonal B with B_ii = χ_{N−i+1} (i = 1..M) and
/// B_{i+1,i} = χ_{M−i}, all independent, the eigenvalues of BBᵀ have exactly the joint law of those of WᵀW for an
/// N x M matrix W of iid N(0, 1) entries (N ≥ M). BBᵀ is tridiagonal: T_ii = B_ii² + B_{i,i−1}²,
/// T_{i+1,i} = B_{i+1,i} B_ii. Sampling is O(M); the top eigenvalue is found by Sturm bisection in O(M) per sweep.
/// Catalogue mahoney-rmt-htsr.md `mahoney.mp.edge-tw`, simulation (b).
/// </summary>
public sealed class LaguerreBidiagonal
{
    private readonly double[] _diag, _sub, _a, _b2;

    public LaguerreBidiagonal(int n, int m)
    {
        if (m < 1) throw new ArgumentOutOfRangeException(nameof(m), m, "M must be >= 1");
        if (n < m) throw new ArgumentOutOfRangeException(nameof(n), n, "the model needs N >= M");
        N = n;
        M = m;
        _diag = new double[m];
        _sub = new double[Math.Max(0, m - 1)];
        _a = new double[m];
        _b2 = new double[Math.Max(0, m - 1)];
    }

    public int N { get; }
    public int M { get; }

    /// <summary>B_ii of the last sample (length M).</summary>
    public ReadOnlySpan<double> Diagonal => _diag;

    /// <summary>B_{i+1,i} of the last sample (length M − 1).</summary>
    public ReadOnlySpan<double> SubDiagonal => _sub;

    /// <summary>Draws a new B (2M − 1 χ variates, in the order B₁₁, B₂₁, B₂₂, B₃₂, …) and forms T = BBᵀ.</summary>
    public void Sample(Rng rng)
    {
        for (var i = 0; i < M; i++)
        {
            _diag[i] = ChiSampler.Chi(rng, N - i);          // χ_{N−i+1} with 1-based i
            if (i < M - 1) _sub[i] = ChiSampler.Chi(rng, M - 1 - i); // χ_{M−i} with 1-based i
        }
        for (var i = 0; i < M; i++)
        {
            var left = i > 0 ? _sub[i - 1] : 0;
            _a[i] = _diag[i] * _diag[i] + left * left;
            if (i < M - 1)
            {
                var t = _sub[i] * _diag[i];
                _b2[i] = t * t;
            }
        }
    }

    /// <summary>tr(BBᵀ) = Σ B_ij² (= ‖W‖²_F in law).</summary>
    public double Trace()
    {
        double s = 0;
        for (var i = 0; i < M; i++) s += _a[i];
        return s;
    }

    /// <summary>tr((BBᵀ)²) = Σ T_ii² + 2 Σ T_{i+1,i}².</summary>
    public double TraceOfSquare()
    {
        double s = 0;
        for (var i = 0; i < M; i++) s += _a[i] * _a[i];
        for (var i = 0; i < M - 1; i++) s += 2 * _b2[i];
        return s;
    }

    /// <summary>
    /// λ_max(BBᵀ) by Sturm bisection from a bracket around Johnstone's μ ± 12σ (checked, widened if wrong), to the
    /// given absolute tolerance (0: full precision).
    /// </summary>
    public double LargestEigenvalue(double absoluteTolerance = 0)
    {
        if (M == 1) return _a[0];
        var mu = Johnstone.Centre(Math.Max(N, 2), M);
        var sd = Johnstone.Scale(Math.Max(N, 2), M);
        return SymmetricTridiagonal.LargestEigenvalue(_a, _b2, mu - 12 * sd, mu + 12 * sd, absoluteTolerance);
    }

    /// <summary>All eigenvalues of BBᵀ, ascending (implicit QL on the tridiagonal, O(M²)).</summary>
    public double[] AllEigenvalues()
    {
        var off = new double[Math.Max(0, M - 1)];
        for (var i = 0; i < M - 1; i++) off[i] = _sub[i] * _diag[i];
        return SymmetricTridiagonal.AllEigenvalues(_a, off);
    }
}
