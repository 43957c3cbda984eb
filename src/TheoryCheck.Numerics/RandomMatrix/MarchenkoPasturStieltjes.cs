namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// Stieltjes transform m(z) = ∫ dμ(x)/(x − z) of MP(c, 1) in the RMT4ML convention (c = p/n may exceed 1): the
/// root of c z m² − (1 − c − z) m + 1 = 0 (Mahoney 2023, RMT4ML slides "An asymptotic deterministic
/// equivalent for SCM resolvent", eq. 9). For real z &lt; 0 the product of the roots is 1/(cz) &lt; 0, so exactly one
/// root is positive, and m(z) = ∫ dμ/(x − z) &gt; 0 there: that root is taken.
/// </summary>
public static class MarchenkoPasturStieltjes
{
    /// <summary>m(z) for real z &lt; 0.</summary>
    public static double AtNegative(double z, double c)
    {
        if (!(z < 0) || !double.IsFinite(z)) throw new ArgumentOutOfRangeException(nameof(z), z, "real z must be < 0");
        if (!(c > 0) || !double.IsFinite(c)) throw new ArgumentOutOfRangeException(nameof(c), c, "c must be > 0");
        // c z m² − (1 − c − z) m + 1 = 0  →  m = [(1 − c − z) ± √((1 − c − z)² − 4cz)]/(2cz).
        // With cz < 0 the positive root takes the minus sign; written as 2/(b + √(b² − 4cz)) it has no cancellation.
        var b = 1 - c - z;
        var disc = Math.Sqrt(b * b - 4 * c * z);
        return b >= 0 ? 2 / (b + disc) : (b - disc) / (2 * c * z);
    }

    /// <summary>The same by quadrature: ∫ ρ(x)/(x − z) dx + a₀/(0 − z), a₀ = max(0, 1 − 1/c) (cross-check).</summary>
    public static double ByQuadrature(double z, double c)
    {
        var atom = Math.Max(0, 1 - 1 / c);
        return MarchenkoPasturQuadrature.IntegrateContinuous(x => 1 / (x - z), c) + atom / (0 - z);
    }
}
