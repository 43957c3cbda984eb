namespace TheoryCheck.Numerics.Special;

/// <summary>Elementary functions .NET lacks in an accurate form.</summary>
public static class Elementary
{
    /// <summary>
    /// e^x − 1 without cancellation for small |x| (.NET's double.ExpM1 is computed as Exp(x) − 1).
    /// Kahan's trick: with u = fl(e^x), (u − 1)·x / ln u is accurate to a few ulps.
    /// </summary>
    public static double ExpM1(double x)
    {
        var u = PortableMath.Exp(x);
        if (u == 1.0) return x;
        var um1 = u - 1.0;
        if (um1 == -1.0) return -1.0;
        if (double.IsPositiveInfinity(u)) return u;
        return um1 * x / PortableMath.Log(u);
    }
}
