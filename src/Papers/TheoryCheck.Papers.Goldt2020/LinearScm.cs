namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// The linear SCM of Goldt et al. eq (12): with frozen second layers v_k the error depends on η only through the
/// effective rate η_e = η Σ_k v_k² (ηK for the SCM, η/K normalised), and online SGD is stable only for η_e &lt; 2.
/// </summary>
internal static class LinearScm
{
    /// <summary>η_e = η Σ_k v_k² for K frozen units.</summary>
    public static double EffectiveRate(double eta, int k, bool normalised) => eta * ScmChecks.FrozenV(k, normalised).Sum(v => v * v);

    /// <summary>Null when η_e &lt; 2, else why linear online SGD diverges.</summary>
    public static string? ValidateRate(double etaE) =>
        etaE >= 2 ? $"η Σ v_k² = {Ladder.F(etaE)} ≥ 2: linear online SGD diverges (eq (12) needs η < 2/K for the SCM)" : null;
}
