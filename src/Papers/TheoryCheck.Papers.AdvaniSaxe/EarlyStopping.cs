using TheoryCheck.Numerics.Optimisation;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Optimal early stopping in the Marchenko–Pastur limit (Advani–Saxe, section 'Double Descent'): E_g*(α) = min_t E_g^MP(t; α) over gradient
/// flow, by golden section on log t ∈ [log 0.01, log 1e4] after a grid scan; and its gradient-descent counterpart
/// min_k E_g^MP(k steps of η), the integer k found by scanning around t*/η.
/// </summary>
internal static class EarlyStopping
{
    // The same (α, SNR, INR) recur at every N of a ladder and in every curve: each optimum is computed once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(double, double, double), Carried<(double, double)>> FlowCache = new();

    /// <summary>(t*, E_g*) for gradient flow, E_g in units of σ_w².</summary>
    public static (double Time, double Error) Flow(double alpha, double snr, double inr) =>
        FlowCache.GetOrAdd((alpha, snr, inr), key => LinearAlgebraUsage.Carry(() => FlowOptimum(key.Item1, key.Item2, key.Item3))).Value;

    private static (double Time, double Error) FlowOptimum(double alpha, double snr, double inr)
    {
        double E(double logT) => LinearGeneralisation.FlowError(alpha, snr, inr, PortableMath.Exp(logT));
        var (logT, error) = GoldenSection.MinimiseOnGrid(E, PortableMath.Log(0.01), PortableMath.Log(1e4), 31, 1e-7);
        return (PortableMath.Exp(logT), error);
    }

    /// <summary>(k*, E_g*) for gradient descent with step η: the best whole number of steps.</summary>
    public static (int Steps, double Error) GradientDescent(double alpha, double snr, double inr, double eta)
    {
        var (t, _) = Flow(alpha, snr, inr);
        var centre = Math.Max(1, (int)Math.Round(t / eta));
        var best = (Steps: centre, Error: double.PositiveInfinity);
        for (var k = Math.Max(1, centre - 20 - centre / 5); k <= centre + 20 + centre / 5; k++)
        {
            var e = LinearGeneralisation.GradientDescentError(alpha, snr, inr, eta, k);
            if (e < best.Error) best = (k, e);
        }
        return best;
    }
}
