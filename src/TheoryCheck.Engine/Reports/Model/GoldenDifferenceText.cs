using TheoryCheck.Engine.Golden;

namespace TheoryCheck.Engine.Reports.Model;

/// <summary>The delta cells of a golden difference row, the same in every exporter.</summary>
public static class GoldenDifferenceText
{
    /// <summary>
    /// Δabs, Δrel or ulps as text: the number, or "new" / "gone" for a key that exists on one side only
    /// (there is no delta then, and NaN would read like a numerical failure).
    /// </summary>
    public static string Delta(GoldenDifference d, double value) => d.Presence ?? StatusText.F(value);
}
