using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>Parameters of the eq (12) protocol: widths as multiples of P, and the number of data sets medians are taken over.</summary>
public sealed record RfRademacherParameters
{
    /// <summary>Width ratios the shape statements refer to: P/4, P/2, P (the peak), 2P, 4P, 8P, 32P, 64P.</summary>
    internal static readonly double[] Required = [0.25, 0.5, 1, 2, 4, 8, 32, 64];

    [Parameter("ni", ParameterText.InputDimension, Min = 1, Max = 10_000, Default = 20)]
    public int InputDimension { get; init; }

    [Parameter("nh-over-p", ParameterText.WidthRatios, Min = 0, MinExclusive = true, Default = new double[] { 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64 })]
    public IReadOnlyList<double> WidthRatios { get; init; } = [];

    [Parameter("datasets", ParameterText.Datasets, Min = 3, Max = 100, Default = 10)]
    public int Datasets { get; init; }

    /// <summary>The hidden widths N_h = ratio·P.</summary>
    internal int[] Widths(int p) => WidthRatios.Select(r => (int)Math.Round(r * p)).ToArray();

    /// <summary>Every required ratio present, every N_h whole, the ratios strictly increasing; null when admissible.</summary>
    internal string? Validate(int p)
    {
        foreach (var r in Required)
            if (!WidthRatios.Contains(r)) return $"nh-over-p must include {r} (the shape statements compare these widths)";
        for (var i = 0; i < WidthRatios.Count; i++)
        {
            var nh = WidthRatios[i] * p;
            if (Math.Abs(nh - Math.Round(nh)) > 1e-9) return $"N_h = {WidthRatios[i]}*P = {nh} is not a whole number";
            if (i > 0 && WidthRatios[i] <= WidthRatios[i - 1]) return "nh-over-p must be strictly increasing";
        }
        return null;
    }
}
