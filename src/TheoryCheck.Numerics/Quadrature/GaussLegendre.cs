using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.Quadrature;

/// <summary>
/// Gauss–Legendre nodes and weights for any order, by Newton's method on the three-term recurrence of the Legendre
/// polynomials (initial guesses x_i ≈ cos(π(i − 1/4)/(n + 1/2)); weights 2/((1 − x²) P_n'(x)²); Abramowitz and
/// Stegun 25.4.29). Exists because MathNet's GaussLegendreRule is exact only for its tabulated orders (≤ 20, 32, 40,
/// 64, 100, 128, 256, 512, 1024): for other orders (e.g. 48, 80, 200) its weights sum to 1 only within 1e-12 to 1e-10.
/// </summary>
public sealed class GaussLegendre
{
    public GaussLegendre(double a, double b, int order)
    {
        if (order < 1) throw new ArgumentOutOfRangeException(nameof(order), order, "order must be >= 1");
        if (!double.IsFinite(a) || !double.IsFinite(b)) throw new ArgumentException("interval ends must be finite");
        Abscissas = new double[order];
        Weights = new double[order];
        var half = 0.5 * (b - a);
        var mid = 0.5 * (a + b);
        var n = order;
        for (var i = 0; i < (n + 1) / 2; i++)
        {
            var x = PortableMath.Cos(Math.PI * (i + 0.75) / (n + 0.5));
            double dp = 0;
            for (var iter = 0; iter < 100; iter++)
            {
                var (p, d) = Legendre(n, x);
                dp = d;
                var dx = p / d;
                x -= dx;
                if (Math.Abs(dx) <= 1e-16 * Math.Max(1, Math.Abs(x))) break;
            }
            (_, dp) = Legendre(n, x);
            var w = 2 / ((1 - x * x) * dp * dp);
            // nodes ascending: index n−1−i holds +x, index i holds −x
            Abscissas[i] = mid - half * x;
            Abscissas[n - 1 - i] = mid + half * x;
            Weights[i] = half * w;
            Weights[n - 1 - i] = half * w;
        }
    }

    /// <summary>Nodes in [a, b], ascending.</summary>
    public double[] Abscissas { get; }

    /// <summary>Weights (sum b − a).</summary>
    public double[] Weights { get; }

    /// <summary>Σ w_i f(x_i).</summary>
    public double Integrate(Func<double, double> f)
    {
        double s = 0;
        for (var i = 0; i < Weights.Length; i++) s += Weights[i] * f(Abscissas[i]);
        return s;
    }

    private static (double P, double Derivative) Legendre(int n, double x)
    {
        double p0 = 1, p1 = x;
        if (n == 0) return (1, 0);
        for (var k = 2; k <= n; k++)
        {
            var p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
            p0 = p1;
            p1 = p2;
        }
        var d = n * (x * p1 - p0) / (x * x - 1);
        return (p1, d);
    }
}
