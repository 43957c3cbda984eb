namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The shape of underdetermined least squares with N weights and P = αN samples: P must be whole, and N − P ≥ 4 (closer
/// to P = N the norm of the minimum-norm solution, an inverse-Wishart quantity, has infinite variance).
/// </summary>
internal static class UnderdeterminedShape
{
    public static int Samples(double alpha, int n) => (int)Math.Round(alpha * n);

    public static string? Validate(double alpha, int n)
    {
        var p = alpha * n;
        if (Math.Abs(p - Math.Round(p)) > 1e-9) return $"P = alpha*N = {p} is not a whole number: choose N so that alpha*N is";
        return n - Math.Round(p) < 4 ? $"N - P = {n - Math.Round(p)} < 4: the minimum-norm solution's norm has infinite variance so close to P = N" : null;
    }
}
