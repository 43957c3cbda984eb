namespace TheoryCheck.Numerics.Kernels;

/// <summary>Where the largest |x_i| is (replaces TensorPrimitives.IndexOfMaxMagnitude with one scalar pass).</summary>
public static class MaxMagnitude
{
    /// <summary>
    /// The index of the largest |x_i|, with TensorPrimitives.IndexOfMaxMagnitude's tie rules (its documented
    /// semantics): the first NaN wins; among equal magnitudes a positive value beats a negative one, else the lower
    /// index. −1 for an empty span. Comparisons are exact, so any order would do; the scalar pass is just simplest.
    /// </summary>
    public static int IndexOf(ReadOnlySpan<double> x)
    {
        if (x.IsEmpty) return -1;
        var at = 0;
        var best = x[0];
        if (double.IsNaN(best)) return 0;
        var bestMag = Math.Abs(best);
        for (var i = 1; i < x.Length; i++)
        {
            var v = x[i];
            if (double.IsNaN(v)) return i;
            var mag = Math.Abs(v);
            if (mag > bestMag || (mag == bestMag && double.IsNegative(best) && !double.IsNegative(v)))
            {
                at = i;
                best = v;
                bestMag = mag;
            }
        }
        return at;
    }
}
