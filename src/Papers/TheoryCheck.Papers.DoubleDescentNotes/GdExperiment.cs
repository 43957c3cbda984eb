using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Full-batch gradient descent on the tanh model for T/h steps, compared with the theory's flows at the same T:
/// d1 = ‖θ_GD − θ_flow‖ (O(h)) and d2 = ‖θ_GD − θ_mod‖ (O(h²)), and d1/h, d2/h². Deterministic.
/// </summary>
[Solver("barrett-dherin.gd", "full-batch GD on the tanh model; distances to the plain and the modified flow",
    Reference = "Barrett and Dherin, backward error analysis: GD follows the modified flow to O(h^2), the plain flow to O(h)", Size = "inv-h", Deterministic = true)]
[Output("d1", "||theta_GD(T) - theta_flow(T)||, O(h)")]
[Output("d2", "||theta_GD(T) - theta_mod(T)||, O(h^2)")]
[Output("d1-over-h", "d1/h")]
[Output("d2-over-h2", "d2/h^2")]
[ReadsTheory("theta-flow[*", "theta-mod[*")]
public sealed class GdExperiment : Experiment<DescentTimeParameters>
{
    protected override string? Validate(Point point, DescentTimeParameters parameters) => parameters.Validate(point.Size);

    /// <summary>T/h steps of GD on the 9-parameter tanh model (its gradient over the model's few data points: at most 2000 operations a step).</summary>
    protected override ExperimentCost EstimateCost(Point point, DescentTimeParameters parameters) =>
        new(Doubles(100), 2000 * parameters.Time * point.Size);

    protected override Observation Run(Point point, DescentTimeParameters parameters, TheoryValues theory, Rng rng)
    {
        var h = DescentTime.StepSize(point.Size);
        var theta = ModifiedFlow.Descend(TanhRegressionModel.Gradient, TanhRegressionModel.Start, h, parameters.Time);
        double d1 = 0, d2 = 0;
        for (var i = 0; i < theta.Length; i++)
        {
            var e1 = theta[i] - theory[$"theta-flow[{i}]"];
            d1 += e1 * e1;
            var e2 = theta[i] - theory[$"theta-mod[{i}]"];
            d2 += e2 * e2;
        }
        (d1, d2) = (Math.Sqrt(d1), Math.Sqrt(d2));
        return new Observation().Set("d1", d1).Set("d2", d2).Set("d1-over-h", d1 / h).Set("d2-over-h2", d2 / (h * h));
    }
}
