using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>Parameters of the ridgeless-risk claims (catalogue §15, §16).</summary>
internal static class HastieParameters
{
    public static readonly ParameterSpec Gamma = ParameterSpec.Positive("gamma", "features per sample, gamma = p/n (p = gamma*n must be whole)");
    public static readonly ParameterSpec SignalNorm = ParameterSpec.Real("r2", "squared signal norm ||beta||^2 (a variance: >= 0)", min: 0, @default: 1);
    public static readonly ParameterSpec NoiseVariance = ParameterSpec.Real("sigma2", "label-noise variance sigma^2 (>= 0)", min: 0, @default: 0.25);

    /// <summary>|p − n| ≥ 4: within 1 the mean risk is infinite, within 3 its variance (catalogue §16 pitfall).</summary>
    public static string? ValidateShape(int n, double p)
    {
        if (Math.Abs(p - Math.Round(p)) > 1e-9) return $"p = {p} is not a whole number of features: choose n so that gamma*n is whole";
        return Math.Abs(Math.Round(p) - n) < 4
            ? $"|p - n| = {Math.Abs(Math.Round(p) - n)} < 4: the minimum-norm risk has infinite mean (|p - n| <= 1) or variance there"
            : null;
    }
}
