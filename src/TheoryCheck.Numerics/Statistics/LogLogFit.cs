using MathNet.Numerics.Distributions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Numerics.Statistics;

/// <summary>
/// Least-squares fit of log(error) on log(size) with a 95% interval for the slope. The slope's standard error is
/// the larger of (a) the one propagated from the seeds' standard errors (delta method: se(log e) = se(e)/e) and
/// (b) the one from the fit's residuals; (a) uses the normal quantile, (b) Student's t with n − 2 degrees of freedom.
/// </summary>
public sealed record LogLogFit(double Slope, double Intercept, double SeedStandardError, double ResidualStandardError, double HalfWidth, int Count)
{
    public double Low => Slope - HalfWidth;

    public double High => Slope + HalfWidth;

    public static LogLogFit Fit(IReadOnlyList<double> sizes, IReadOnlyList<double> errors, IReadOnlyList<double> standardErrors)
    {
        var n = sizes.Count;
        if (n < 3) throw new ArgumentException($"a slope with a confidence interval needs at least 3 sizes, got {n}");
        var x = sizes.Select(s => PortableMath.Log(s)).ToArray();
        var y = errors.Select(e => PortableMath.Log(e)).ToArray();
        var xm = x.Average();
        var ym = y.Average();
        double sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (x[i] - xm) * (x[i] - xm);
            sxy += (x[i] - xm) * (y[i] - ym);
        }
        var slope = sxy / sxx;
        var intercept = ym - slope * xm;
        double rss = 0, seedVar = 0;
        for (var i = 0; i < n; i++)
        {
            var r = y[i] - intercept - slope * x[i];
            rss += r * r;
            var relSe = standardErrors[i] / errors[i];
            seedVar += (x[i] - xm) * (x[i] - xm) * relSe * relSe;
        }
        var seSeed = Math.Sqrt(seedVar) / sxx;
        var seResid = n > 2 ? Math.Sqrt(rss / (n - 2) / sxx) : 0;
        var half = Math.Max(1.959963984540054 * seSeed, StudentT.InvCDF(0, 1, n - 2, 0.975) * seResid);
        return new LogLogFit(slope, intercept, seSeed, seResid, half, n);
    }
}
