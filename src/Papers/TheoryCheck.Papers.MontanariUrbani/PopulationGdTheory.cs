using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The population flow ("pop-GD", n = ∞ at fixed α; see <see cref="PopulationGradientFlow"/>) of configuration D
/// from the same initial state as the finite-n runs: the risk curve e_pop(t) and its values at the plateau time and
/// the horizon. The limit that the finite-n test and train errors track on t = O(1) (catalogue §1.4).
/// </summary>
public sealed class PopulationGdTheory : Theory
{
    public override string Name => "montanari-urbani.population-gd";
    public override string Description => "projected GD on the population risk (n = infinity at fixed alpha) from the finite-n runs' initial state";
    public override string Reference => "001_e40e1057a80c746a.txt 'Covariance Structure', 'SymmDMFT', table 'Mean-Field initialization'; catalogue montanari-urbani-and-ensembles.md §1.4";
    public override IReadOnlyList<ParameterSpec> Parameters => DecouplingParameters.All;

    public override string? Validate(Point point) => DecouplingParameters.Setup(point).Problem();

    public override TheoryValues Evaluate(Point point)
    {
        var s = DecouplingParameters.Setup(point);
        var t = DecouplingRun.PopulationTrajectory(s);
        var end = t.Count - 1;
        var keep = DecouplingParameters.CurveIndices(s, t.Count);
        return new TheoryValues()
            .Set("bayes-risk", s.Tau * s.Tau / 2)
            .Set("e-pop-plateau", t.TestError[s.PlateauRecord])
            .Set("e-pop-end", t.TestError[end])
            .Set("excess-risk-end", t.TestError[end] - s.Tau * s.Tau / 2)
            .Set("v-mean-end", t.TeacherOverlap[end])
            .Set("a-mean-end", t.SecondLayerMean[end])
            .SetCurve("e-pop-t", "t", DecouplingParameters.Pick(t.Times, keep), DecouplingParameters.Pick(t.TestError, keep));
    }
}
