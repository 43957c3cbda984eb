using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Full-batch gradient descent on E = (ab − y)²/2 from (2, 0.2) for T/h steps: the imbalance D_GD = a² − b², the
/// Hessian trace a² + b² where GD has converged, and the largest relative violation of the exact per-step law
/// D_{k+1} = D_k(1 − h²r_k²). Deterministic.
/// </summary>
[Solver("barrett-dherin.product-gd", "full-batch GD on E = (ab − 1)²/2: imbalance, Hessian trace at the limit, exact imbalance law",
    Reference = "Barrett and Dherin, the two-parameter model: GD reaches a flatter minimum than the gradient flow", Size = "inv-h", Deterministic = true)]
[Output("d", "imbalance D_GD = a^2 - b^2 after T/h steps")]
[Output("trh", "Hessian trace a^2 + b^2 after T/h steps (at the minimum once converged)")]
[Output("residual", "|ab - y| after T/h steps")]
[Output("imbalance-law-error", "largest relative violation of D_{k+1} = D_k(1 - h^2 r_k^2) over the run")]
public sealed class ProductGdExperiment : Experiment<DescentTimeParameters>
{
    protected override string? Validate(Point point, DescentTimeParameters parameters) => parameters.Validate(point.Size);

    /// <summary>T/h steps of GD on (a, b): about 30 operations a step.</summary>
    protected override ExperimentCost EstimateCost(Point point, DescentTimeParameters parameters) =>
        new(Doubles(10), 30 * parameters.Time * point.Size);

    protected override Observation Run(Point point, DescentTimeParameters parameters, TheoryValues theory, Rng rng)
    {
        var h = DescentTime.StepSize(point.Size);
        var steps = (int)Math.Round(parameters.Time / h);
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
