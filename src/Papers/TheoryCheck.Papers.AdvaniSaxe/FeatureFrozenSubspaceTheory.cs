using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The frozen subspace of random features (catalogue §13, the slides' "by frozen subspace …" under eq (11)): for
/// N_h &gt; P the features span a P-dimensional row space, and a read-out initialised with w₀ ~ N(0, I) keeps
/// E‖P_null w₀‖²/N_h = 1 − P/N_h for ever.
/// </summary>
public sealed class FeatureFrozenSubspaceTheory : Theory
{
    public override string Name => "advani-saxe.rf.frozen";
    public override string Description => "random ReLU features: rank of X_h (= P) and the frozen fraction 1 − P/N_h of ||w_0||^2";
    public override string Reference => "000_234629a358ae8b88.txt eq (11) ('by frozen subspace …'); catalogue advani-saxe-and-double-descent.md §13";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [RandomFeatureParameters.InputDimension, RandomFeatureParameters.Samples];

    public override string? Validate(Point point) => FeatureFrozenSubspaceExperiment.ValidateWidth(point);

    public override TheoryValues Evaluate(Point point)
    {
        var p = point.Integer("samples");
        return new TheoryValues().Set("rank", p).Set("frozen", 1 - (double)p / point.Size);
    }
}
