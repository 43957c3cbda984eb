using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The frozen subspace of random features (Advani–Saxe, "by frozen subspace …" under eq (11)): for
/// N_h &gt; P the features span a P-dimensional row space, and a read-out initialised with w₀ ~ N(0, I) keeps
/// E‖P_null w₀‖²/N_h = 1 − P/N_h for ever.
/// </summary>
[Solver("advani-saxe.rf.frozen", "random ReLU features: rank of X_h (= P) and the frozen fraction 1 − P/N_h of ||w_0||^2",
    Reference = "eq (11) ('by frozen subspace …')")]
[Output("rank", "rank of the feature matrix X_h: P")]
[Output("frozen", "E‖P_null w₀‖²/N_h = 1 − P/N_h")]
public sealed class RfFrozenTheory : Theory<RfFrozenFractionParameters>
{
    protected override string? Validate(Point point, RfFrozenFractionParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, RfFrozenFractionParameters parameters)
    {
        var p = parameters.Samples;
        return new TheoryValues().Set("rank", p).Set("frozen", 1 - (double)p / point.Size);
    }
}
