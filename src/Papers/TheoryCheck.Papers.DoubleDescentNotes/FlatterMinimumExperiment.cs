using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Gradient descent on E = (ab − y)²/2 from (2, 0.2) for T/h steps (catalogue §20): the imbalance D_GD = a² − b², the
/// Hessian trace a² + b² where GD has converged, and the largest relative violation of the exact per-step law
/// D_{k+1} = D_k(1 − h²r_k²). Deterministic.
/// </summary>
public sealed class FlatterMinimumExperiment : Experiment
{
    public override string Name => "barrett-dherin.product-gd";
    public override string Description => "full-batch GD on E = (ab − 1)²/2: imbalance, Hessian trace at the limit, exact imbalance law";
    public override string Reference => "004_3b00fb3fec6f9d63.txt 'Implicit regularization'; catalogue advani-saxe-and-double-descent.md §20";
    public override string SizeName => "inv-h";
    public override bool IsDeterministic => true;

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [ImplicitRegularisationParameters.Time, ImplicitRegularisationParameters.FlowStep];

    public override string? Validate(Point point) => ImplicitRegularisationParameters.Validate(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var h = ImplicitRegularisationParameters.StepSize(point);
        var steps = (int)Math.Round(point.Real("time") / h);
        double a = TwoParameterProduct.Start[0], b = TwoParameterProduct.Start[1], worst = 0;
        for (var k = 1; k <= steps; k++)
        {
            var r = a * b - TwoParameterProduct.Target;
            var before = a * a - b * b;
            (a, b) = (a - h * r * b, b - h * r * a);
            if (!double.IsFinite(a) || !double.IsFinite(b)) throw new InvalidOperationException($"gradient descent diverged at step {k} (t = {k * h:G4})");
            var predicted = before * (1 - h * h * r * r);
            worst = Math.Max(worst, Math.Abs(a * a - b * b - predicted) / Math.Abs(predicted));
        }
        return new Observation()
            .Set("d", a * a - b * b)
            .Set("trh", a * a + b * b)
            .Set("residual", Math.Abs(a * b - TwoParameterProduct.Target))
            .Set("imbalance-law-error", worst);
    }
}
