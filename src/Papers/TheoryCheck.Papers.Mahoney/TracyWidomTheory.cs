using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.RandomMatrix;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// The Tracy–Widom laws TW_β, β = 1, 2, 4, of the rescaled largest eigenvalue (the edge fluctuations of the slides'
/// "crisp MP edge"): Fredholm determinants by Bornemann's Nyström method (<see cref="TracyWidom"/>), quantiles by Newton
/// inversion and the first four moments by quadrature of the density. Tracy and Widom (1994, 1996); Bornemann (2010).
/// </summary>
[Solver("mahoney.tracy-widom", "Tracy–Widom law TW_β (β = 1, 2, 4) at a point: CDF, density, quantile, mean, variance, skewness, excess kurtosis.",
    Reference = "slides \"Random Matrix Theory 102': Marchenko-Pastur\" (TW edge); Tracy & Widom (1994, 1996); Bornemann, Math. Comp. 79 (2010)")]
[Output("cdf", "F_β(s)")]
[Output("density", "F_β′(s)")]
[Output("quantile", "s_p with F_β(s_p) = p")]
[Output("mean", "mean of TW_β")]
[Output("variance", "variance of TW_β")]
[Output("skewness", "skewness of TW_β")]
[Output("kurtosis", "excess kurtosis of TW_β")]
public sealed class TracyWidomTheory : Theory<TracyWidomParameters>
{
    protected override string? Validate(Point point, TracyWidomParameters parameters) =>
        TracyWidom.IsSupported(parameters.Beta) ? null : $"beta must be 1, 2 or 4 (got {parameters.Beta})";

    protected override TheoryValues Evaluate(Point point, TracyWidomParameters p)
    {
        var (cdf, density) = TracyWidom.Evaluate(p.Beta, p.S);
        var moments = TracyWidomMoments.Of(p.Beta);
        return new TheoryValues()
            .Set("cdf", cdf)
            .Set("density", density)
            .Set("quantile", TracyWidomQuantile.Of(p.Beta, p.P))
            .Set("mean", moments.Mean)
            .Set("variance", moments.Variance)
            .Set("skewness", moments.Skewness)
            .Set("kurtosis", moments.ExcessKurtosis);
    }
}
