namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// Quantiles s_p with F_β(s_p) = p of the Tracy–Widom laws (<see cref="TracyWidom"/>): Newton's method on
/// F_β(s) − p with the exact density, safeguarded by a bisection bracket inside [LowerCut, UpperCut]. Stops when the
/// step is below 1e-14(1 + |s|), so F_β(s_p) − p is at the level of the CDF's own error wherever the density is not tiny.
/// </summary>
public static class TracyWidomQuantile
{
    /// <summary>The p-quantile of TW_β, 0 &lt; p &lt; 1.</summary>
    public static double Of(int beta, double p)
    {
        if (!(p > 0 && p < 1)) throw new ArgumentOutOfRangeException(nameof(p), p, "a quantile needs 0 < p < 1");
        double lo = TracyWidom.LowerCut(beta), hi = TracyWidom.UpperCut(beta);
        var s = beta switch { 1 => -1.27, 2 => -1.80, _ => -2.33 }; // near the medians
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var (f, density) = TracyWidom.Evaluate(beta, s);
            if (f < p) lo = s; else hi = s;
            var next = density > 0 ? s - (f - p) / density : double.NaN;
            if (!(next > lo && next < hi)) next = 0.5 * (lo + hi);
            if (Math.Abs(next - s) <= 1e-14 * (1 + Math.Abs(s)) || hi - lo <= 1e-14 * (1 + Math.Abs(s))) return next;
            s = next;
        }
        return s;
    }
}
