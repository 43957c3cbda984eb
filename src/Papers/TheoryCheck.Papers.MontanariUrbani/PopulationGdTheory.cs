using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// The population flow ("pop-GD", n = ∞ at fixed α; see <see cref="PopulationGradientFlow"/>) of the decoupling set-up
/// from the same initial state as the finite-n runs: the risk curve e_pop(t) and its values at the plateau time and
/// the horizon. The limit that the finite-n test and train errors track on t = O(1) (Montanari–Urbani: on t = Θ(1)
/// train ≈ test, no overfitting yet). It never stops early, so it does not declare <c>stop-at-excess-gap</c>
/// (the finite-n experiment it is paired with declares and reads it).
/// </summary>
[Solver("montanari-urbani.population-gd", "projected GD on the population risk (n = infinity at fixed alpha) from the finite-n runs' initial state",
    Reference = "slides 'Covariance Structure', 'SymmDMFT' and table 'Mean-Field initialization' (t = Theta(1): test = train)")]
[Output("bayes-risk", "tau^2/2, the Bayes risk")]
[Output("e-pop-plateau", "e_pop(t_p): population risk at the plateau time")]
[Output("e-pop-end", "e_pop(T): population risk at the horizon")]
[Output("excess-risk-end", "e_pop(T) - tau^2/2")]
[Output("v-mean-end", "mean_i <u, w_i(T)> along the population flow")]
[Output("a-mean-end", "mean_i a_i(T) along the population flow")]
[Output("e-pop-t", "e_pop(t), at most 65 points", Kind = OutputKind.Curve)]
public sealed class PopulationGdTheory : Theory<PopulationGdParameters>
{
    protected override string? Validate(Point point, PopulationGdParameters parameters) => parameters.Setup(point.Size).Problem();

    protected override TheoryValues Evaluate(Point point, PopulationGdParameters parameters)
    {
        var s = parameters.Setup(point.Size);
        var t = DecouplingRun.PopulationTrajectory(s);
        var end = t.Count - 1;
        var keep = s.CurveIndices(t.Count);
        return new TheoryValues()
            .Set("bayes-risk", s.Tau * s.Tau / 2)
            .Set("e-pop-plateau", t.TestError[s.PlateauRecord])
            .Set("e-pop-end", t.TestError[end])
            .Set("excess-risk-end", t.TestError[end] - s.Tau * s.Tau / 2)
            .Set("v-mean-end", t.TeacherOverlap[end])
            .Set("a-mean-end", t.SecondLayerMean[end])
            .SetCurve("e-pop-t", "t", Trajectory.Pick(t.Times, keep), Trajectory.Pick(t.TestError, keep));
    }
}
