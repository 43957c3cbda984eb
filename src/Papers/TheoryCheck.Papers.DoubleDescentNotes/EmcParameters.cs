using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Parameters of the effective model complexity of the linear model (Nakkiran et al.'s EMC, made executable with the
/// training error of Advani and Saxe): training time, the training-error tolerance δ, and the signal-to-noise and
/// initialisation-to-signal ratios. The ladder runs over the number of weights N.
/// </summary>
public sealed record EmcParameters
{
    [Parameter("t", "gradient-flow training time t/tau", Min = 0, MinExclusive = true)]
    public double Time { get; init; }

    [Parameter("delta", "training-error tolerance delta of 'close to zero training error' (in units of sigma_w^2)", Min = 0, MinExclusive = true, Default = 0.01)]
    public double Tolerance { get; init; }

    [Parameter("snr", "signal-to-noise ratio (SNR = 0: infinite noise)", Min = 0, MinExclusive = true, Default = 4.0)]
    public double SignalToNoise { get; init; }

    [Parameter("inr", "initialisation-to-signal ratio (a variance ratio: >= 0)", Min = 0, Default = 0.0)]
    public double InitialisationToSignal { get; init; }

    /// <summary>
    /// δ·SNR &lt; 1 (otherwise the limit 1/(1 − δSNR) is infinite: even P → ∞ samples fit within δ), and one sample
    /// must already fit within δ at time t (otherwise EMC = 0).
    /// </summary>
    internal string? Validate()
    {
        var product = Tolerance * SignalToNoise;
        if (product >= 1) return $"delta * SNR = {product:G4} >= 1: the noise floor (1 - 1/alpha)/SNR never exceeds delta, EMC is unbounded";
        var floor = PortableMath.Exp(-2 * Time) * (1 + InitialisationToSignal + 1 / SignalToNoise);
        return floor >= Tolerance ? $"at t = {Time} even one sample has E_t ~ {floor:G3} > delta: EMC = 0" : null;
    }
}
