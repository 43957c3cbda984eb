using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Gradient descent on the tanh model for T/h steps (catalogue §19), compared with the theory's flows at the same T:
/// d1 = ‖θ_GD − θ_flow‖ (O(h)) and d2 = ‖θ_GD − θ_mod‖ (O(h²)), and d1/h, d2/h². Deterministic.
/// </summary>
public sealed class GradientDescentBackwardErrorExperiment : Experiment
{
    public override string Name => "barrett-dherin.gd";
    public override string Description => "full-batch GD on the tanh model; distances to the plain and the modified flow";
    public override string Reference => "004_3b00fb3fec6f9d63.txt 'Implicit regularization'; catalogue advani-saxe-and-double-descent.md §19";
    public override string SizeName => "inv-h";
    public override bool IsDeterministic => true;

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [ImplicitRegularisationParameters.Time, ImplicitRegularisationParameters.FlowStep];

    public override string? Validate(Point point) => ImplicitRegularisationParameters.Validate(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var h = ImplicitRegularisationParameters.StepSize(point);
        var theta = ModifiedFlow.Descend(TanhRegressionModel.Gradient, TanhRegressionModel.Start, h, point.Real("time"));
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
