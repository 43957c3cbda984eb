namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The sweep of feature counts D = ratio·n of the random-Fourier-feature double descent (Belkin et al.): the widths,
/// and the ratios the shape statements compare (0.2n, at most 0.5n, 0.9n, n, 1.1n and 16n).
/// </summary>
internal static class RffSweep
{
    public const string RatiosMeaning = "numbers of features D as multiples of n (ascending; must include 0.2, 0.5, 0.9, 1, 1.1, 16)";

    private static readonly double[] Required = [0.2, 0.5, 0.9, 1, 1.1, 16];

    /// <summary>D = round(ratio·n) for every ratio.</summary>
    public static int[] Widths(IReadOnlyList<double> ratios, int n) => ratios.Select(r => (int)Math.Round(r * n)).ToArray();

    public static string? Validate(IReadOnlyList<double> ratios, int n)
    {
        for (var i = 0; i < ratios.Count; i++)
        {
            var d = ratios[i] * n;
            if (Math.Abs(d - Math.Round(d)) > 1e-9) return $"D = {ratios[i]}*n = {d} is not a whole number of features";
            if (i > 0 && ratios[i] <= ratios[i - 1]) return "d-over-n must be strictly increasing";
        }
        if (!ratios.Contains(0.5) && ratios.All(r => r > 0.5)) return "d-over-n needs a ratio <= 0.5 (the classical regime)";
        foreach (var r in Required.Where(r => r != 0.5))
            if (!ratios.Contains(r)) return $"d-over-n must include {r} (the shape statements compare these widths)";
        return null;
    }
}
