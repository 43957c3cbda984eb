using System.Globalization;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the α sweeps (claims 9 and 10): the sample ratios visited at one N, and how long to train.</summary>
internal static class AlphaSweepParameters
{
    public static readonly ParameterSpec Alphas = ParameterSpec.List("alphas", "sample ratios alpha = P/N visited in one run (P = alpha*N whole for each)", min: 0, minExclusive: true, @default: [0.8, 0.9, 1.0, 1.1, 1.25]);
    public static readonly ParameterSpec Steps = ParameterSpec.Integer("steps", "gradient-descent steps k (t = eta*k) when stop = fixed", min: 1, max: 1_000_000, @default: 1000);
    public static readonly ParameterSpec Stop = ParameterSpec.Choice("stop", "fixed: stop every alpha after 'steps' steps; optimal: at the theory's optimal step k*(alpha) (early stopping)", ["fixed", "optimal"], "fixed");
    public static readonly ParameterSpec Reference = ParameterSpec.Real("reference-alpha", "the alpha whose error the others are compared with (the peak)", min: 0, minExclusive: true, @default: 1);

    public static IReadOnlyList<double> Values(Point point) => point.List("alphas");

    public static string Key(double alpha) => alpha.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Every αN whole, the α strictly increasing, GD stable at the largest α's MP edge.</summary>
    public static string? Validate(Point point)
    {
        var alphas = Values(point);
        for (var i = 0; i < alphas.Count; i++)
        {
            var p = alphas[i] * point.Size;
            if (Math.Abs(p - Math.Round(p)) > 1e-9)
                return $"P = alpha*N = {alphas[i]}*{point.Size} = {p} is not a whole number: choose N so that every alpha*N is";
            if (i > 0 && alphas[i] <= alphas[i - 1]) return "alphas must be strictly increasing";
        }
        if (point.Has("reference-alpha") && !alphas.Contains(point.Real("reference-alpha")))
            return $"reference-alpha = {point.Real("reference-alpha")} is not one of the alphas";
        var root = 1 + Math.Sqrt(alphas.Max());
        var edge = root * root;
        if (point.Real("eta") * edge >= 2)
            return $"eta * lambda_max = {point.Real("eta")} * {edge:G4} >= 2 at alpha = {alphas.Max()}: gradient descent diverges (need eta < {2 / edge:G4})";
        return null;
    }
}
