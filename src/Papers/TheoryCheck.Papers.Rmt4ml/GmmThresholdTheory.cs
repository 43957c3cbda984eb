using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Rmt4ml;

/// <summary>
/// The BBP limits of <c>rmt4ml.spectral-threshold</c> as functions of ‖Δμ‖ and c (<see cref="BbpLimits"/>), plus the
/// threshold ‖Δμ‖* = 2c^{1/4}. Mahoney's RMT4ML lecture, proposition "pairwise versus spectral approach" (ii);
/// Couillet &amp; Liao (2022) ch. 2–3.
/// </summary>
[Solver("rmt4ml.gmm.threshold", "BBP limits of the label overlap, sign error and top eigenvalue of (1/n)XXᵀ for a two-class mixture at explicit ‖Δμ‖ and c.",
    Reference = "RMT4ML lecture, proposition 'pairwise versus spectral approach', part (ii); BBP threshold theta^2 = sqrt(c)")]
[Output("overlap", "limit of zeta = <v, j/sqrt n>^2: (theta^4 - c)/(theta^4 + theta^2) above theta^2 = sqrt c, else 0")]
[Output("error", "limit of the sign-classification error: Phi-bar(sqrt(zeta/(1 - zeta))) above threshold, else 1/2")]
[Output("top-eigenvalue", "limit of the top eigenvalue of (1/n)XXᵀ: (1 + theta^2)(1 + c/theta^2) above threshold, else (1 + sqrt c)^2")]
[Output("oracle-error", "error Phi-bar(||dmu||/2) of the oracle that knows the means")]
[Output("delta-threshold", "BBP threshold ||dmu||* = 2 c^(1/4)")]
public sealed class GmmThresholdTheory : Theory<GmmThresholdParameters>
{
    protected override TheoryValues Evaluate(Point point, GmmThresholdParameters parameters)
    {
        var v = BbpLimits.At(parameters.Delta, parameters.C);
        return new TheoryValues()
            .Set("overlap", v.Overlap)
            .Set("error", v.Error)
            .Set("top-eigenvalue", v.TopEigenvalue)
            .Set("oracle-error", v.OracleError)
            .Set("delta-threshold", BbpLimits.DeltaThreshold(parameters.C));
    }
}
