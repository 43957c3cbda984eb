using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>The eigengap's limit and its Tracy–Widom finite-N correction (Advani–Saxe's eigengap λ_min; <see cref="EigengapEdge"/>).</summary>
[Solver("advani-saxe.linear.edge", "MP lower edge (1 − √α)² of XXᵀ, the N^(−2/3) Tracy–Widom offset c(α) and the spread of λ_min",
    Reference = "'Interpreting (5)': the eigengap λ_min")]
[Output("edge", "MP lower edge (1 − √α)²")]
[Output("c", "c(α) of E[λ_min] = edge + c N^(−2/3)")]
[Output("lambda-min", "edge + c N^(−2/3)")]
[Output("sd", "Tracy–Widom standard deviation of λ_min at size N")]
public sealed class LinearEdgeTheory : Theory<LinearEdgeParameters>
{
    protected override string? Validate(Point point, LinearEdgeParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, LinearEdgeParameters parameters)
    {
        var alpha = parameters.Alpha;
        var n = point.Size;
        var c = EigengapEdge.Correction(alpha);
        return new TheoryValues()
            .Set("edge", EigengapEdge.Edge(alpha))
            .Set("c", c)
            .Set("lambda-min", EigengapEdge.Edge(alpha) + c * PortableMath.Pow(n, -2.0 / 3))
            .Set("sd", EigengapEdge.StandardDeviation(alpha, n));
    }
}
