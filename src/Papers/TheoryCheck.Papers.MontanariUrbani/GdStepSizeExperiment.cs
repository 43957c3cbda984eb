using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Projected GD with retraction on the fixed training set of <see cref="GradientFlowTheory"/>, η = T/steps (the
/// ladder's size): the train and test errors at T and their distance to the gradient flow's, which a first-order
/// scheme shrinks like η.
/// </summary>
[Solver("montanari-urbani.gd-step-size", "projected GD with step T/steps on a fixed training set, against the gradient flow",
    Reference = "gradient flow (GF) of slides 'Setup', discretised by projected GD", Size = "steps", Deterministic = true)]
[Output("e-tr-end", "e_tr after the steps: the empirical risk")]
[Output("e-ts-end", "e_ts after the steps: the population test error by the overlap identity")]
[Output("error", "|e_tr - e_tr(T) of the flow|")]
[Output("ets-error", "|e_ts - e_ts(T) of the flow|")]
[ReadsTheory("e-tr-end", "e-ts-end")]
public sealed class GdStepSizeExperiment : Experiment<GradientFlowParameters>
{
    /// <summary>The training set (n = αmd samples) drawn, then `steps` projected GD steps, each a forward and a backward pass (4·n·m·d and 2nm activations), and one population test error (m² kernel evaluations).</summary>
    protected override ExperimentCost EstimateCost(Point point, GradientFlowParameters parameters)
    {
        var s = parameters.Setup(point.Size);
        double n = s.N, m = s.M, d = s.D;
        return new ExperimentCost(Doubles(n * d + 3 * n * m + 3 * m * d),
            Draws(n * (d + 1)) + point.Size * (4 * n * m * d + Functions(2 * n * m) + 4 * m * d) + m * m * Functions(10));
    }

    protected override Observation Run(Point point, GradientFlowParameters parameters, TheoryValues theory, Rng rng)
    {
        var s = parameters.Setup(point.Size);
        var (x, y) = s.TrainingSet(parameters.DataStream());
        var (a0, w0) = s.InitialState();
        var gd = new ProjectedGradientDescent(x, y, s.D, s.Sigma, a0, w0);
        for (var k = 0; k < point.Size; k++) gd.Step(s.Eta);
        var etr = gd.TrainError();
        var ets = PopulationRisk.TestError(new KernelPair(s.Sigma, s.Sigma), gd.A, gd.W, s.D, s.TeacherDirection(), s.Tau);
        return new Observation().Set("e-tr-end", etr).Set("e-ts-end", ets)
            .Set("error", Math.Abs(etr - theory["e-tr-end"])).Set("ets-error", Math.Abs(ets - theory["e-ts-end"]));
    }
}
