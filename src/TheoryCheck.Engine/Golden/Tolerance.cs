using System.Globalization;

namespace TheoryCheck.Engine.Golden;

/// <summary>
/// A tolerance for comparing two numbers. Several kinds may be declared; the comparison passes if any holds
/// (GROMACS' rule). <c>stat</c> needs the standard errors of both values: |Δ| ≤ k·√(se_a² + se_b²).
/// </summary>
public sealed record Tolerance(double? Abs = null, double? Rel = null, double? Scale = null, double? Ulps = null, double? Stat = null)
{
    public bool IsEmpty => Abs is null && Rel is null && Ulps is null && Stat is null;

    /// <summary>Checks <paramref name="expected"/> against <paramref name="actual"/>; returns which kind passed (null if none) and the margin |Δ|/allowed of the most lenient kind.</summary>
    public (string? PassedBy, double Margin, double Allowed) Compare(double expected, double actual, double seExpected = 0, double seActual = 0, double roundOffFloor = 0)
    {
        if (expected.Equals(actual)) return ("exact", 0, 0);
        var delta = Math.Abs(expected - actual);
        if (double.IsNaN(delta)) return (null, double.PositiveInfinity, 0);
        string? passedBy = null;
        var bestMargin = double.PositiveInfinity;
        var bestAllowed = 0.0;
        void Consider(string kind, double allowed)
        {
            var margin = allowed > 0 ? delta / allowed : double.PositiveInfinity;
            if (margin < bestMargin) { bestMargin = margin; bestAllowed = allowed; }
            if (delta <= allowed && passedBy is null) passedBy = kind;
        }
        if (Abs is double a) Consider("abs", a);
        if (Rel is double r) Consider("rel", r * (Scale ?? Math.Max(Math.Abs(expected), Math.Abs(actual))));
        if (Ulps is double u) Consider("ulps", u * Math.Max(Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected), double.Epsilon));
        if (Stat is double k && (seExpected > 0 || seActual > 0)) Consider("stat", k * Math.Sqrt(seExpected * seExpected + seActual * seActual));
        if (roundOffFloor > 0) Consider("round-off", roundOffFloor);
        return (passedBy, bestMargin, bestAllowed);
    }

    public override string ToString()
    {
        var parts = new List<string>();
        if (Abs is double a) parts.Add("abs " + F(a));
        if (Rel is double r) parts.Add("rel " + F(r) + (Scale is double s ? " of " + F(s) : ""));
        if (Ulps is double u) parts.Add("ulps " + F(u));
        if (Stat is double k) parts.Add("stat " + F(k) + " se");
        return string.Join(" or ", parts);
    }

    private static string F(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}

/// <summary>Golden tolerances of a spec: quantity prefix → tolerance; the longest matching prefix wins.</summary>
public sealed class GoldenTolerances
{
    public static readonly Tolerance TheoryDefault = new(Rel: 1e-12, Ulps: 8);
    public static readonly Tolerance MeasuredDefault = new(Rel: 1e-9);

    private readonly SortedDictionary<string, Tolerance> _byPrefix = new(StringComparer.Ordinal)
    {
        ["theory"] = TheoryDefault,
        ["experiment"] = MeasuredDefault,
        ["checks"] = MeasuredDefault,
    };

    public IReadOnlyDictionary<string, Tolerance> ByPrefix => _byPrefix;

    public void Set(string prefix, Tolerance tolerance) => _byPrefix[prefix] = tolerance;

    /// <summary>The tolerance for a quantity name such as <c>experiment.ks.mean</c>.</summary>
    public Tolerance For(string quantity)
    {
        Tolerance? best = null;
        var bestLength = -1;
        foreach (var (prefix, tol) in _byPrefix)
            if ((quantity == prefix || quantity.StartsWith(prefix + ".", StringComparison.Ordinal)) && prefix.Length > bestLength)
            {
                best = tol;
                bestLength = prefix.Length;
            }
        return best ?? MeasuredDefault;
    }
}
