using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.Quadrature;

/// <summary>
/// Gauss–Hermite rule for the standard normal weight (probabilists' Hermite polynomials He_k):
/// Σ w_i f(x_i) ≈ E[f(G)], G ~ N(0, 1), exact for polynomials of degree ≤ 2n − 1, Σ w_i = 1.
/// Golub–Welsch: the nodes are the eigenvalues of the Jacobi matrix of the orthonormal recurrence
/// x p_k = √(k+1) p_{k+1} + √k p_{k−1} (zero diagonal, off-diagonal √k), polished by Newton on p_n with
/// p_n' = √n p_{n−1}; the weights are Christoffel numbers w_i = 1 / Σ_{k&lt;n} p_k(x_i)², which keep full relative
/// accuracy even where eigenvector components would not. The recurrence is rescaled on the fly, so orders past ~350
/// (where NumPy's hermegauss overflows, catalogue montanari-urbani-and-ensembles.md §1.1) are fine: far-tail weights
/// underflow to 0, as they should. MathNet 5.0 has Gauss–Legendre and Gauss–Kronrod rules but no Gauss–Hermite.
/// </summary>
public sealed class GaussHermite
{
    /// <summary>Largest order accepted (the Jacobi eigenproblem is dense, O(n³)).</summary>
    public const int MaxOrder = 2000;

    private const double Big = 1e150;

    public GaussHermite(int order)
    {
        if (order < 1 || order > MaxOrder)
            throw new ArgumentOutOfRangeException(nameof(order), order, $"Gauss–Hermite order must be in [1, {MaxOrder}]");
        Order = order;
        var n = order;
        var jacobi = new double[n * n];
        for (var k = 1; k < n; k++)
        {
            var b = Math.Sqrt(k);
            jacobi[k * n + (k - 1)] = b;
            jacobi[(k - 1) * n + k] = b;
        }
        var nodes = n == 1 ? [0.0] : Dense.Backend.SymmetricEigenvalues(jacobi, n);
        Abscissas = new double[n];
        Weights = new double[n];
        for (var i = 0; i < n; i++)
        {
            var x = nodes[i];
            for (var iter = 0; iter < 8; iter++)
            {
                var (pn, pnm1, _) = Recurrence(n, x);
                var dx = pn / (Math.Sqrt(n) * pnm1);
                x -= dx;
                if (Math.Abs(dx) <= 1e-16 * Math.Max(1, Math.Abs(x))) break;
            }
            Abscissas[i] = x;
        }
        // The rule is symmetric: impose it exactly (odd moments vanish to rounding), then weigh.
        for (var i = 0; i < n / 2; i++)
        {
            var x = 0.5 * (Abscissas[n - 1 - i] - Abscissas[i]);
            Abscissas[i] = -x;
            Abscissas[n - 1 - i] = x;
        }
        if (n % 2 == 1) Abscissas[n / 2] = 0;
        for (var i = 0; i < n; i++) Weights[i] = 1 / Recurrence(n, Abscissas[i]).SumOfSquares;
    }

    public int Order { get; }

    /// <summary>Nodes, ascending.</summary>
    public double[] Abscissas { get; }

    /// <summary>Weights for the standard normal density (sum 1).</summary>
    public double[] Weights { get; }

    /// <summary>Σ w_i f(x_i) ≈ E[f(G)].</summary>
    public double Expectation(Func<double, double> f)
    {
        double s = 0;
        for (var i = 0; i < Order; i++) s += Weights[i] * f(Abscissas[i]);
        return s;
    }

    /// <summary>
    /// p_n(x), p_{n−1}(x) (orthonormal, both divided by the same power of 10^150) and Σ_{k&lt;n} p_k(x)² (unscaled;
    /// +∞ when it overflows, so that its reciprocal weight is 0).
    /// </summary>
    private static (double Pn, double Pnm1, double SumOfSquares) Recurrence(int n, double x)
    {
        double prev = 0, cur = 1, sum = 0;
        var scaled = 0; // number of divisions by Big applied to prev and cur
        for (var k = 0; k < n; k++)
        {
            sum += cur * cur; // in units of Big^(2·scaled)
            var next = (x * cur - Math.Sqrt(k) * prev) / Math.Sqrt(k + 1);
            prev = cur;
            cur = next;
            if (Math.Abs(cur) > Big)
            {
                cur /= Big;
                prev /= Big;
                sum /= Big * Big;
                scaled++;
            }
        }
        var total = scaled == 0 ? sum : sum * PortableMath.Pow(Big, 2 * scaled);
        return (cur, prev, total);
    }
}
