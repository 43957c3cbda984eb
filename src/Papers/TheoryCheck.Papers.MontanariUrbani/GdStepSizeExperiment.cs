using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// Projected GD with retraction on the fixed training set of <see cref="GradientFlowTheory"/>, η = T/steps (the
/// ladder's size): the train and test errors at T and their distance to the gradient flow's, which a first-order
/// scheme shrinks like η (catalogue §1.4 "gd.eta-convergence").
/// </summary>
public sealed class GdStepSizeExperiment : Experiment
{
    public override string Name => "montanari-urbani.gd-step-size";
    public override string Description => "projected GD with step T/steps on a fixed training set, against the gradient flow";
    public override string Reference => "catalogue montanari-urbani-and-ensembles.md §1.4 'gd.eta-convergence'";
    public override string SizeName => "steps";
    public override bool IsDeterministic => true;
    public override IReadOnlyList<ParameterSpec> Parameters => GradientFlowTheory.All;

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var s = GradientFlowTheory.Setup(point, point.Size);
        var (x, y) = s.TrainingSet(GradientFlowTheory.DataStream(point));
        var (a0, w0) = s.InitialState();
        var gd = new ProjectedGradientDescent(x, y, s.D, s.Sigma, a0, w0);
        for (var k = 0; k < point.Size; k++) gd.Step(s.Eta);
        var etr = gd.TrainError();
        var ets = PopulationRisk.TestError(new KernelPair(s.Sigma, s.Sigma), gd.A, gd.W, s.D, s.TeacherDirection(), s.Tau);
        return new Observation().Set("e-tr-end", etr).Set("e-ts-end", ets)
            .Set("error", Math.Abs(etr - theory["e-tr-end"])).Set("ets-error", Math.Abs(ets - theory["e-ts-end"]));
    }
}
