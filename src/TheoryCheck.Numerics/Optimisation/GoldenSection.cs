namespace TheoryCheck.Numerics.Optimisation;

/// <summary>
/// Bounded golden-section search for the minimum of a unimodal function on [a, b] (Kiefer 1953): the bracket shrinks
/// by 0.618 per evaluation and never leaves [a, b] (MathNet's minimiser expands its bracket, which a bounded search
/// over α or log t must not do). Callers bracket the optimum first on a grid.
/// </summary>
public static class GoldenSection
{
    private static readonly double InvPhi = (Math.Sqrt(5) - 1) / 2;

    /// <summary>(argmin, min) of <paramref name="f"/> on [a, b] to an interval of width <paramref name="tolerance"/>.</summary>
    public static (double X, double Value) Minimise(Func<double, double> f, double a, double b, double tolerance)
    {
        if (!(b > a)) throw new ArgumentException($"golden section needs a < b, got [{a}, {b}]");
        var c = b - InvPhi * (b - a);
        var d = a + InvPhi * (b - a);
        double fc = f(c), fd = f(d);
        while (b - a > tolerance)
        {
            if (fc < fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - InvPhi * (b - a);
                fc = f(c);
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + InvPhi * (b - a);
                fd = f(d);
            }
        }
        return fc < fd ? (c, fc) : (d, fd);
    }

    /// <summary>Grid scan then golden section around the best grid point: the global minimum of a function with few wiggles.</summary>
    public static (double X, double Value) MinimiseOnGrid(Func<double, double> f, double a, double b, int points, double tolerance)
    {
        var step = (b - a) / (points - 1);
        var best = Enumerable.Range(0, points).Select(i => a + i * step).MinBy(f);
        return Minimise(f, Math.Max(a, best - step), Math.Min(b, best + step), tolerance);
    }
}
