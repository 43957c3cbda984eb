using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Parameters of the asymptotic error of linear SCMs (Goldt et al. eq (12), (13)).</summary>
public sealed record ScmLinearEq12Parameters
{
    /// <summary>Student hidden units K.</summary>
    [Parameter("K", "student hidden units (the ladder's K overrides it)", Min = 1, Max = 64, Default = 4)]
    public int K { get; init; }

    /// <summary>
    /// Teacher hidden units M: not read (eq (12) depends on L + M = K only, and the linear student represents any linear
    /// teacher). Kept because goldt2020.sgd-stationary declares M without a default: dropping it here would change the
    /// declared parameters (and M's default) of the specs pairing the two.
    /// </summary>
    [Parameter("M", "teacher hidden units", Min = 1, Max = 64, Default = 2,
        Retired = "eq (12) depends on K = L + M only; kept so specs pairing it with goldt2020.sgd-stationary keep M's default of 2")]
    public int M { get; init; }

    /// <summary>Learning rate η (required).</summary>
    [Parameter("eta", "first-layer learning rate η > 0 (the ladder's inv-eta overrides it)", Min = 0, MinExclusive = true)]
    public double Eta { get; init; }

    /// <summary>Label-noise standard deviation σ (required).</summary>
    [Parameter("sigma", "label-noise standard deviation σ ≥ 0", Min = 0)]
    public double Sigma { get; init; }

    /// <summary>Frozen second layers: scm or normalised.</summary>
    [Parameter("second-layer", "frozen second layers: scm (v = v* = 1) or normalised (v = 1/K, v* = 1/M)", Default = "scm", Choices = new[] { "scm", "normalised" })]
    public string SecondLayer { get; init; } = "scm";

    /// <summary>η_e = η Σ_k v_k² at <paramref name="point"/>: ηK for the SCM, η/K normalised.</summary>
    internal double EffectiveRate(Point point) => LinearScm.EffectiveRate(Ladder.Eta(point, Eta), Ladder.K(point, K), SecondLayer == "normalised");
}
