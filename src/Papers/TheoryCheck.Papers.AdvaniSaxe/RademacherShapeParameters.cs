using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>The eq (12) protocol (catalogue §14): widths as multiples of P, and the number of data sets medians are taken over.</summary>
internal static class RademacherShapeParameters
{
    /// <summary>Width ratios the shape statements refer to: P/4, P/2, P (the peak), 2P, 4P, 8P, 32P, 64P.</summary>
    public static readonly double[] Required = [0.25, 0.5, 1, 2, 4, 8, 32, 64];

    public static readonly ParameterSpec WidthRatios = ParameterSpec.List("nh-over-p", "hidden widths N_h as multiples of P (ascending; must include 0.25, 0.5, 1, 2, 4, 8, 32, 64)", min: 0, minExclusive: true, @default: [0.25, 0.5, 1, 2, 4, 8, 16, 32, 64]);
    public static readonly ParameterSpec Datasets = ParameterSpec.Integer("datasets", "data sets per run (medians over them; catalogue S = 10)", min: 3, max: 100, @default: 10);

    public static int[] Widths(Point point) => point.List("nh-over-p").Select(r => (int)Math.Round(r * point.Size)).ToArray();

    public static string? Validate(Point point)
    {
        var ratios = point.List("nh-over-p");
        foreach (var r in Required)
            if (!ratios.Contains(r)) return $"nh-over-p must include {r} (the shape statements compare these widths)";
        for (var i = 0; i < ratios.Count; i++)
        {
            var nh = ratios[i] * point.Size;
            if (Math.Abs(nh - Math.Round(nh)) > 1e-9) return $"N_h = {ratios[i]}*P = {nh} is not a whole number";
            if (i > 0 && ratios[i] <= ratios[i - 1]) return "nh-over-p must be strictly increasing";
        }
        return null;
    }
}
