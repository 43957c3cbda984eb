using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>The eigengap's limit and its Tracy–Widom finite-N correction (catalogue §5; <see cref="EigengapEdge"/>).</summary>
public sealed class EigengapEdgeTheory : Theory
{
    public override string Name => "advani-saxe.linear.edge";
    public override string Description => "MP lower edge (1 − √α)² of XXᵀ, the N^(−2/3) Tracy–Widom offset c(α) and the spread of λ_min";
    public override string Reference => "000_234629a358ae8b88.txt 'Interpreting (5)': eigengap λ_min; catalogue advani-saxe-and-double-descent.md §5";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [LinearModelParameters.Alpha];

    public override string? Validate(Point point) => EigengapEdgeExperiment.ValidateShape(point);

    public override TheoryValues Evaluate(Point point)
    {
        var alpha = point.Real("alpha");
        var n = point.Size;
        var c = EigengapEdge.Correction(alpha);
        return new TheoryValues()
            .Set("edge", EigengapEdge.Edge(alpha))
            .Set("c", c)
            .Set("lambda-min", EigengapEdge.Edge(alpha) + c * PortableMath.Pow(n, -2.0 / 3))
            .Set("sd", EigengapEdge.StandardDeviation(alpha, n));
    }
}
