namespace TheoryCheck.Numerics.Special;

/// <summary>
/// Polynomial interpolation of a smooth function at Chebyshev points of the second kind on [a, b], evaluated by the
/// barycentric formula (Berrut and Trefethen, "Barycentric Lagrange interpolation", SIAM Review 46, 2004: weights
/// (−1)^j, halved at the two end points). Converges geometrically for analytic functions.
/// </summary>
public sealed class ChebyshevInterpolant
{
    private readonly double _a, _b;
    private readonly double[] _nodes, _values, _weights;

    private ChebyshevInterpolant(double a, double b, double[] nodes, double[] values, double[] weights)
    {
        (_a, _b, _nodes, _values, _weights) = (a, b, nodes, values, weights);
    }

    /// <summary>Samples <paramref name="f"/> at n + 1 Chebyshev points x_j = cos(πj/n) mapped to [a, b].</summary>
    public static ChebyshevInterpolant Build(Func<double, double> f, double a, double b, int n)
    {
        if (!(b > a) || n < 1) throw new ArgumentException("need a < b and n >= 1");
        var nodes = new double[n + 1];
        var values = new double[n + 1];
        var weights = new double[n + 1];
        for (var j = 0; j <= n; j++)
        {
            var t = PortableMath.Cos(Math.PI * j / n);
            nodes[j] = t;
            values[j] = f(0.5 * (a + b) + 0.5 * (b - a) * t);
            weights[j] = (j % 2 == 0 ? 1.0 : -1.0) * (j == 0 || j == n ? 0.5 : 1.0);
        }
        return new ChebyshevInterpolant(a, b, nodes, values, weights);
    }

    /// <summary>The interpolant at x (x is clamped to [a, b]).</summary>
    public double Evaluate(double x)
    {
        var t = (2 * x - _a - _b) / (_b - _a);
        t = Math.Max(-1, Math.Min(1, t));
        double num = 0, den = 0;
        for (var j = 0; j < _nodes.Length; j++)
        {
            var d = t - _nodes[j];
            if (d == 0) return _values[j];
            var w = _weights[j] / d;
            num += w * _values[j];
            den += w;
        }
        return num / den;
    }
}
