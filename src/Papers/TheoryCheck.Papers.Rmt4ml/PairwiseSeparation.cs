using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>The separation ‖Δμ‖ = κ p^(1/4) (quarter-power) or κ (fixed), and the oracle midpoint threshold.</summary>
internal static class PairwiseSeparation
{
    public static double Of(string scaling, double kappa, int p) => kappa * (scaling == "quarter-power" ? PortableMath.Pow(p, 0.25) : 1);

    public static double Threshold(double separation, int p) => 2 + separation * separation / (2 * p);
}
