namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// Eigenvalues of a real symmetric tridiagonal matrix with diagonal a (length n) and squared off-diagonal b2
/// (length n − 1, b2[i] = T[i+1,i]²), as produced by the Dumitriu–Edelman models. Two algorithms:
/// <list type="bullet">
/// <item>Sturm-sequence counting (the number of negative pivots of the LDLᵀ factorisation of T − xI is the number of
/// eigenvalues below x; Wilkinson, "The Algebraic Eigenvalue Problem", 1965, §5.37; Demmel, "Applied Numerical Linear
/// Algebra", 1997, §5.3.4), O(n) per count, and bisection for the largest eigenvalue to full precision.</item>
/// <item>All eigenvalues by the implicit QL algorithm with Wilkinson-type shifts (Bowdler, Martin, Reinsch and
/// Wilkinson, Numer. Math. 11, 1968; Golub and Van Loan, "Matrix Computations", §8.3), O(n²).</item>
/// </list>
/// Catalogue mahoney-rmt-htsr.md `mahoney.mp.edge-tw` ("Sturm-sequence bisection in O(M) per sweep").
/// </summary>
public static class SymmetricTridiagonal
{
    /// <summary>Number of eigenvalues strictly below x.</summary>
    public static int CountBelow(ReadOnlySpan<double> a, ReadOnlySpan<double> b2, double x)
    {
        var n = a.Length;
        // Guard pivots away from 0 (a zero pivot means x is an eigenvalue of a leading block; perturbing it by a
        // relative 1e-300-sized amount changes the count by at most the multiplicity at x).
        const double tiny = 1e-300;
        var count = 0;
        var q = a[0] - x;
        if (q == 0) q = -tiny;
        count += q < 0 ? 1 : 0;
        for (var i = 1; i < n; i++)
        {
            q = a[i] - x - b2[i - 1] / q;
            if (q == 0) q = -tiny;
            count += q < 0 ? 1 : 0;
        }
        return count;
    }

    /// <summary>Gershgorin bounds [min_i a_i − r_i, max_i a_i + r_i] on the spectrum.</summary>
    public static (double Low, double High) GershgorinBounds(ReadOnlySpan<double> a, ReadOnlySpan<double> b2)
    {
        double lo = double.PositiveInfinity, hi = double.NegativeInfinity;
        for (var i = 0; i < a.Length; i++)
        {
            var r = (i > 0 ? Math.Sqrt(b2[i - 1]) : 0) + (i < a.Length - 1 ? Math.Sqrt(b2[i]) : 0);
            lo = Math.Min(lo, a[i] - r);
            hi = Math.Max(hi, a[i] + r);
        }
        return (lo, hi);
    }

    /// <summary>
    /// The largest eigenvalue by bisection on the Sturm count. <paramref name="guessLow"/>/<paramref name="guessHigh"/>
    /// is an optional bracket (checked by counting and widened towards the Gershgorin bounds if wrong). Bisection stops
    /// when the bracket is no wider than <paramref name="absoluteTolerance"/> or cannot shrink in floating point
    /// (full precision: a few ulps of λ_max).
    /// </summary>
    public static double LargestEigenvalue(ReadOnlySpan<double> a, ReadOnlySpan<double> b2,
        double guessLow = double.NaN, double guessHigh = double.NaN, double absoluteTolerance = 0)
    {
        Validate(a, b2);
        var n = a.Length;
        var (gLo, gHi) = GershgorinBounds(a, b2);
        double lo = gLo, hi = gHi;
        if (double.IsFinite(guessLow) && double.IsFinite(guessHigh) && guessLow < guessHigh)
        {
            // λ_max ≥ x iff fewer than n eigenvalues lie below x.
            lo = CountBelow(a, b2, guessLow) < n ? guessLow : gLo;
            hi = CountBelow(a, b2, guessHigh) == n ? guessHigh : gHi;
        }
        hi = Math.Max(hi, lo);
        while (true)
        {
            var mid = lo + 0.5 * (hi - lo);
            if (mid <= lo || mid >= hi || hi - lo <= absoluteTolerance) break;
            if (CountBelow(a, b2, mid) < n) lo = mid;
            else hi = mid;
        }
        return lo + 0.5 * (hi - lo);
    }

    /// <summary>All eigenvalues, ascending, by implicit QL. <paramref name="offDiagonal"/> is T[i+1,i] (not squared).</summary>
    public static double[] AllEigenvalues(ReadOnlySpan<double> diagonal, ReadOnlySpan<double> offDiagonal)
    {
        var n = diagonal.Length;
        if (n == 0) throw new ArgumentException("empty matrix");
        if (offDiagonal.Length != n - 1) throw new ArgumentException("off-diagonal must have length n − 1");
        var d = diagonal.ToArray();
        var e = new double[n];
        offDiagonal.CopyTo(e);
        foreach (var v in d) if (!double.IsFinite(v)) throw new ArgumentException("non-finite diagonal entry");
        foreach (var v in e) if (!double.IsFinite(v)) throw new ArgumentException("non-finite off-diagonal entry");
        for (var l = 0; l < n; l++)
        {
            var iterations = 0;
            while (true)
            {
                // Find a negligible off-diagonal element e[m], m ≥ l: the block l..m is unreduced.
                var m = l;
                for (; m < n - 1; m++)
                {
                    var dd = Math.Abs(d[m]) + Math.Abs(d[m + 1]);
                    if (Math.Abs(e[m]) <= double.Epsilon || Math.Abs(e[m]) <= 1.1e-16 * dd) break;
                }
                if (m == l) break;
                if (++iterations > 60) throw new InvalidOperationException("implicit QL did not converge");
                // Shift from the leading 2 x 2 block (Wilkinson), then chase the bulge from m up to l with rotations.
                var g = (d[l + 1] - d[l]) / (2 * e[l]);
                var r = Hypot(g, 1);
                g = d[m] - d[l] + e[l] / (g + (g >= 0 ? r : -r));
                double s = 1, c = 1, p = 0;
                var i = m - 1;
                var deflated = false;
                for (; i >= l; i--)
                {
                    var f = s * e[i];
                    var b = c * e[i];
                    r = Hypot(f, g);
                    e[i + 1] = r;
                    if (r == 0)
                    {
                        d[i + 1] -= p;
                        e[m] = 0;
                        deflated = true;
                        break;
                    }
                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = (d[i] - g) * s + 2 * c * b;
                    p = s * r;
                    d[i + 1] = g + p;
                    g = c * r - b;
                }
                if (deflated) continue;
                d[l] -= p;
                e[l] = g;
                e[m] = 0;
            }
        }
        Array.Sort(d);
        return d;
    }

    private static double Hypot(double x, double y)
    {
        var ax = Math.Abs(x);
        var ay = Math.Abs(y);
        if (ax < ay) (ax, ay) = (ay, ax);
        if (ax == 0) return 0;
        var t = ay / ax;
        return ax * Math.Sqrt(1 + t * t);
    }

    private static void Validate(ReadOnlySpan<double> a, ReadOnlySpan<double> b2)
    {
        if (a.Length == 0) throw new ArgumentException("empty matrix");
        if (b2.Length != a.Length - 1) throw new ArgumentException("squared off-diagonal must have length n − 1");
        foreach (var v in a) if (!double.IsFinite(v)) throw new ArgumentException("non-finite diagonal entry");
        foreach (var v in b2) if (!double.IsFinite(v) || v < 0) throw new ArgumentException("squared off-diagonal entries must be finite and >= 0");
    }
}
