using System.Globalization;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>The α sweeps of the double-descent and early-stopping claims: output keys and admissibility.</summary>
internal static class AlphaSweep
{
    /// <summary>The α as it appears in output names (<c>eg@a=1.1</c>).</summary>
    public static string Key(double alpha) => alpha.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Every αN whole, the α strictly increasing, the reference among them, GD stable at the largest α's MP edge.</summary>
    public static string? Validate(IReadOnlyList<double> alphas, int n, double referenceAlpha, double eta)
    {
        for (var i = 0; i < alphas.Count; i++)
        {
            var p = alphas[i] * n;
            if (Math.Abs(p - Math.Round(p)) > 1e-9)
                return $"P = alpha*N = {alphas[i]}*{n} = {p} is not a whole number: choose N so that every alpha*N is";
            if (i > 0 && alphas[i] <= alphas[i - 1]) return "alphas must be strictly increasing";
        }
        if (!alphas.Contains(referenceAlpha))
            return $"reference-alpha = {referenceAlpha} is not one of the alphas";
        var root = 1 + Math.Sqrt(alphas.Max());
        var edge = root * root;
        if (eta * edge >= 2)
            return $"eta * lambda_max = {eta} * {edge:G4} >= 2 at alpha = {alphas.Max()}: gradient descent diverges (need eta < {2 / edge:G4})";
        return null;
    }
}
