using System.Globalization;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;

namespace TheoryCheck.Papers.MontanariUrbani.Tests;

/// <summary>
/// The typed parameter records: the parameters every claim's pair of solvers declares (name, kind, range, default,
/// choices) are exactly those of the string-lookup version, so Point keys and golden keys are unchanged; and the
/// bindings and validations that are new code (enum words, "same", worked examples, horizon-per-m) do what they did.
/// </summary>
public class ParameterRecordTests
{
    private const string Decoupling =
        "activation:Choice=relu{relu,erf,tanh,linear} alpha:Real(0,inf]=0.5 d:Integer[2,4096]=20 eta:Real(0,2]=0.4 " +
        "horizon:Real(0,inf]=128 horizon-per-m:Real[0,inf]=0 init-seed:Integer[0,inf]=1 plateau-time:Real(0,inf]=20 " +
        "record-every:Real(0,inf]=2 stop-at-excess-gap:Real[0,inf]=0 tau:Real[0,inf]=0.5";

    private const string ClosedFormActivation = "activation:Choice{relu,erf,linear,he2}";
    private const string AnyActivation = "activation:Choice{relu,erf,tanh,linear,he2}";
    private const string Q = "q:Real[-1,1]";

    public static TheoryData<Solver, Solver, string> Pairs() => new()
    {
        { new PopulationGdTheory(), new TwoLayerGdExperiment(), Decoupling },
        { new MeanFieldFixedPointTheory(), new TwoLayerGdExperiment(), Decoupling },
        { new MeanFieldFixedPointTheory(), new PopulationGdRunExperiment(), Decoupling },
        {
            new GradientFlowTheory(), new GdStepSizeExperiment(),
            "activation:Choice=erf{erf,tanh,linear} alpha:Real(0,inf]=0.5 d:Integer[2,4096]=20 data-seed:Integer[0,inf]=1 " +
            "horizon:Real(0,inf]=10 init-seed:Integer[0,inf]=1 neurons:Integer[1,1024]=16 tau:Real[0,inf]=0.5"
        },
        {
            new PopulationGradientTheory(), new EmpiricalGradientExperiment(),
            "activation:Choice=relu{relu,erf,tanh,linear} d:Integer[2,256]=10 init-seed:Integer[0,inf]=1 neurons:Integer[1,64]=8 tau:Real[0,inf]=0.5"
        },
        {
            new TestErrorIdentityTheory(), new TestErrorMonteCarloExperiment(),
            "W:RealList=[] a:RealList=[] config:Choice{catalogue-a,catalogue-b,custom} phi:Choice{relu,erf,tanh,linear,he2} " +
            "sigma:Choice{relu,erf,tanh,linear} tau:Real[0,inf] u:RealList=[]"
        },
        {
            new TestErrorSymmetricTheory(), new TestErrorSymmetricRealisedExperiment(),
            "a:Real activation:Choice{relu,erf,tanh,linear} co:Real[-1,1] m:Integer[1,4096] tau:Real[0,inf] v:Real[-1,1]"
        },
        { new DualKernelClosedFormTheory(), new DualKernelQuadratureExperiment(), $"{ClosedFormActivation} {Q}" },
        { new DualKernelClosedFormTheory(), new DualKernelGaussHermiteExperiment(), $"{ClosedFormActivation} {AnyActivation} {Q}" },
        { new DualKernelClosedFormTheory(), new DualKernelMonteCarloExperiment(), $"{ClosedFormActivation} {AnyActivation} {Q}" },
        { new DualKernelHermiteSeriesTheory(), new DualKernelGaussHermiteExperiment(), $"{AnyActivation} {Q}" },
        {
            new PhihatClosedFormTheory(), new PhihatQuadratureExperiment(),
            "phi:Choice{relu,erf,tanh,linear,he2,same} sigma:Choice{relu,erf,tanh,linear,he2} v:Real[-1,1]"
        },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_claim_pair_declares_the_parameters_it_always_had(Solver theory, Solver experiment, string expected)
    {
        var union = theory.Parameters.Concat(experiment.Parameters)
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(Describe, StringComparer.Ordinal).Select(Describe).Distinct();
        string.Join(" ", union).Should().Be(expected);
    }

    [Fact]
    public void Worked_examples_bind_from_their_spec_words()
    {
        var theory = new TestErrorIdentityTheory();
        var point = At(theory, "n-test", 1, ("config", "catalogue-a"), ("sigma", "linear"), ("phi", "linear"), ("tau", 0.1));
        theory.Validate(point).Should().BeNull();
        theory.Evaluate(point)["ets"].Should().BeApproximately(0.19666666666666667, 1e-15);
    }

    [Fact]
    public void Custom_networks_need_unit_rows_and_consistent_sizes()
    {
        var theory = new TestErrorIdentityTheory();
        (string, object)[] common = [("config", "custom"), ("sigma", "relu"), ("phi", "relu"), ("tau", 0.1), ("u", new double[] { 1, 0 })];
        theory.Validate(At(theory, "n-test", 1, [.. common, ("a", new double[] { 1 }), ("W", new double[] { 0.6, 0.8 })])).Should().BeNull();
        theory.Validate(At(theory, "n-test", 1, [.. common, ("a", new double[] { 1 }), ("W", new double[] { 0.6, 0.7 })]))
            .Should().Contain("row 1 of W has norm");
        theory.Validate(At(theory, "n-test", 1, [.. common, ("a", new double[] { 1, 2 }), ("W", new double[] { 1, 0 })]))
            .Should().Contain("W has 2 numbers");
    }

    [Fact]
    public void Phi_same_means_the_student_activation()
    {
        var theory = new PhihatClosedFormTheory();
        theory.Evaluate(At(theory, "nodes", 8, ("sigma", "tanh"), ("phi", "same"), ("v", 0.3)))["phihat"]
            .Should().Be(HermiteSeries.Kernel(Activation.Tanh, Activation.Tanh, 0.3));
        theory.Validate(At(theory, "nodes", 8, ("sigma", "erf"), ("phi", "tanh"), ("v", 0.3))).Should().Contain("no closed form");
    }

    [Fact]
    public void Symmetric_overlaps_must_be_realisable()
    {
        var theory = new TestErrorSymmetricTheory();
        (string, object)[] common = [("activation", "relu"), ("a", 1.0), ("m", 4), ("tau", 0.0)];
        theory.Validate(At(theory, "n-test", 1, [.. common, ("v", 0.6), ("co", 0.5)])).Should().BeNull();
        theory.Validate(At(theory, "n-test", 1, [.. common, ("v", 0.8), ("co", 0.5)])).Should().Contain("v^2");
    }

    [Fact]
    public void Horizon_per_m_scales_the_horizon_with_the_width()
    {
        var p = new DecouplingParameters { Activation = "erf", Dimension = 20, Alpha = 0.5, Eta = 0.4, Horizon = 128, HorizonPerM = 16, PlateauTime = 20, RecordEvery = 2 };
        var s = p.Setup(32);
        s.Horizon.Should().Be(512);
        s.Sigma.Should().Be(Activation.Erf);
        (p with { HorizonPerM = 0 }).Setup(32).Horizon.Should().Be(128);
    }

    /// <summary>A point with the solver's defaults and the given values.</summary>
    private static Point At(Solver solver, string sizeName, int size, params (string Name, object Value)[] values)
    {
        var all = solver.Parameters.Where(p => p.Default is not null).ToDictionary(p => p.Name, p => p.Default!);
        foreach (var (name, value) in values) all[name] = value is double[] list ? (IReadOnlyList<double>)list : value;
        return new Point(sizeName, size, all);
    }

    private static string Describe(ParameterSpec p)
    {
        static string F(double? x, string missing) => x is double v ? v.ToString("R", CultureInfo.InvariantCulture) : missing;
        var range = p.Min is null && p.Max is null ? ""
            : $"{(p.MinExclusive ? "(" : "[")}{F(p.Min, "-inf")},{F(p.Max, "inf")}{(p.MaxExclusive ? ")" : "]")}";
        var @default = p.Default is null ? "" : "=" + Point.Format(p.Default);
        var choices = p.Choices is null ? "" : "{" + string.Join(",", p.Choices) + "}";
        return $"{p.Name}:{p.Kind}{range}{@default}{choices}";
    }
}
