using TheoryCheck.Abstractions;
using TheoryCheck.Papers.DoubleDescentNotes;

namespace TheoryCheck.Papers.DoubleDescentNotes.Tests;

/// <summary>
/// The parameter records bind to the same spec parameters as the string lookups they replace (names, kinds, ranges,
/// defaults: Point.Key and golden keys are built from their union), and their validation says what is wrong.
/// </summary>
public class DoubleDescentNotesParameterTests
{
    /// <summary>name, kind, min, minExclusive, max, maxExclusive, default (lists as "a;b;c").</summary>
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["gamma"] = "Real 0 True - False -",
        ["r2"] = "Real 0 False - False 1",
        ["sigma2"] = "Real 0 False - False 0.25",
        ["n-values"] = "RealList 1 False - False 50;100;180;400",
        ["compare"] = "RealList 1 False - False 100;180",
        ["factor"] = "Real 0 True - False 3",
        ["d"] = "Integer 1 False 1000 False 5",
        ["n-test"] = "Integer 1 False 100000 False 1000",
        ["noise"] = "Real 0 False - False 0.3",
        ["n"] = "Integer 2 False 10000 False 100",
        ["dataset"] = "Integer 1 False 1000 False 1",
        ["d-over-n"] = "RealList 0 True - False 0.1;0.2;0.4;0.6;0.8;0.9;1;1.1;1.25;1.5;2;4;8;16",
        ["draws"] = "Integer 3 False 1000 False 20",
        ["time"] = "Real 0 True - False 2",
        ["flow-step"] = "Real 1E-06 False 0.001 False 0.001",
        ["alpha"] = "Real 0 True 1 True 0.5",
        ["steps"] = "Integer 1 False 10000000 False 2000",
        ["t"] = "Real 0 True - False -",
        ["delta"] = "Real 0 True - False 0.01",
        ["snr"] = "Real 0 True - False 4",
        ["inr"] = "Real 0 False - False 0",
    };

    public static TheoryData<string, string, string[]> Pairs() => new()
    {
        { "hastie.ridgeless-risk", "hastie.min-norm-fit", ["gamma", "r2", "sigma2"] },
        { "hastie.sample-wise-risk", "hastie.sample-sweep", ["n-values", "compare", "factor", "r2", "sigma2"] },
        { "belkin.rff-threshold", "belkin.rff-sweep", ["d", "n-test", "noise", "d-over-n", "draws"] },
        { "belkin.gaussian-kernel", "belkin.rff-vs-kernel", ["d", "n-test", "noise", "n", "dataset"] },
        { "barrett-dherin.flows", "barrett-dherin.gd", ["time", "flow-step"] },
        { "barrett-dherin.product-flows", "barrett-dherin.product-gd", ["time", "flow-step"] },
        { "gd.min-norm-spectrum", "gd.min-norm-gd", ["alpha", "dataset", "steps"] },
        { "nakkiran.emc-mp", "nakkiran.emc-spectral", ["t", "delta", "snr", "inr"] },
    };

    private static readonly Solver[] Solvers =
    [
        new RidgelessRiskTheory(), new MinNormFitExperiment(), new SampleWiseRiskTheory(), new SampleSweepExperiment(),
        new RffThresholdTheory(), new RffSweepExperiment(), new GaussianKernelTheory(), new RffVsKernelExperiment(),
        new FlowsTheory(), new GdExperiment(), new ProductFlowsTheory(), new ProductGdExperiment(),
        new MinNormSpectrumTheory(), new MinNormGdExperiment(), new EmcMpTheory(), new EmcSpectralExperiment(),
    ];

    private static Solver Named(string name) => Solvers.Single(s => s.Name == name);

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_parameter_union_of_each_claim_pair_is_unchanged(string theory, string experiment, string[] names)
    {
        var union = Named(theory).Parameters.Concat(Named(experiment).Parameters).GroupBy(p => p.Name).ToList();
        union.Select(g => g.Key).Should().BeEquivalentTo(names);
        foreach (var group in union)
            foreach (var spec in group)
                Describe(spec).Should().Be(Expected[spec.Name], spec.Name);
    }

    [Fact]
    public void Theories_declare_only_what_they_read()
    {
        Named("belkin.rff-threshold").Parameters.Select(p => p.Name).Should().Equal("d-over-n");
        Named("hastie.sample-wise-risk").Parameters.Select(p => p.Name).Should().NotContain("factor");
        Named("gd.min-norm-spectrum").Parameters.Select(p => p.Name).Should().NotContain("steps");
        Named("barrett-dherin.gd").Parameters.Select(p => p.Name).Should().Equal("time");
        Named("barrett-dherin.product-gd").Parameters.Select(p => p.Name).Should().Equal("time");
    }

    [Fact]
    public void Ridgeless_shape_is_validated()
    {
        var theory = Named("hastie.ridgeless-risk");
        theory.Validate(At(theory, "n", 100, ("gamma", 2.0))).Should().BeNull();
        theory.Validate(At(theory, "n", 100, ("gamma", 1.02))).Should().Contain("< 4");
        theory.Validate(At(theory, "n", 100, ("gamma", 0.505))).Should().Contain("not a whole number");
        var sweep = Named("hastie.sample-sweep");
        sweep.Validate(At(sweep, "p", 200)).Should().BeNull();
        sweep.Validate(At(sweep, "p", 200, ("compare", new double[] { 180, 100 }))).Should().Contain("increasing");
        sweep.Validate(At(sweep, "p", 102)).Should().Contain("n = 100, p = 102");
    }

    [Fact]
    public void Implicit_regularisation_steps_are_validated()
    {
        var flows = Named("barrett-dherin.flows");
        flows.Validate(At(flows, "inv-h", 10)).Should().BeNull();
        flows.Validate(At(flows, "inv-h", 10, ("time", 2.05))).Should().Contain("not a whole number of steps");
        flows.Validate(At(flows, "inv-h", 10, ("time", 2.0), ("flow-step", 3e-4))).Should().Contain("T/flow-step");
        var gd = Named("barrett-dherin.product-gd");
        gd.Validate(At(gd, "inv-h", 10, ("time", 40.0))).Should().BeNull();
        gd.Validate(At(gd, "inv-h", 3, ("time", 0.5))).Should().Contain("not a whole number of steps");
    }

    [Fact]
    public void Other_constraints_are_validated()
    {
        var emc = Named("nakkiran.emc-mp");
        emc.Validate(At(emc, "N", 200, ("t", 10.0))).Should().BeNull();
        emc.Validate(At(emc, "N", 200, ("t", 10.0), ("delta", 0.3))).Should().Contain("delta * SNR");
        emc.Validate(At(emc, "N", 200, ("t", 0.1))).Should().Contain("EMC = 0");
        var gd = Named("gd.min-norm-gd");
        gd.Validate(At(gd, "N", 100)).Should().BeNull();
        gd.Validate(At(gd, "N", 101)).Should().Contain("not a whole number");
        var kernel = Named("belkin.rff-vs-kernel");
        kernel.Validate(At(kernel, "D", 102)).Should().Contain("must exceed n = 100");
        var threshold = Named("belkin.rff-threshold");
        threshold.Validate(At(threshold, "n", 100, ("d-over-n", new double[] { 0.2, 0.5, 0.9, 1, 1.1 }))).Should().Contain("must include 16");
    }

    private static Point At(Solver solver, string sizeName, int size, params (string Name, object Value)[] values)
    {
        var all = solver.Parameters.Where(p => p.Default is not null).ToDictionary(p => p.Name, p => p.Default!);
        foreach (var (name, value) in values) all[name] = value is double[] list ? (IReadOnlyList<double>)list : value;
        return new Point(sizeName, size, all);
    }

    private static string Describe(ParameterSpec p)
    {
        static string F(double? v) => v is double d ? d.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-";
        var @default = p.Default switch
        {
            null => "-",
            IReadOnlyList<double> list => string.Join(";", list.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            double d => d.ToString(System.Globalization.CultureInfo.InvariantCulture),
            var o => Convert.ToString(o, System.Globalization.CultureInfo.InvariantCulture)!,
        };
        return $"{p.Kind} {F(p.Min)} {p.MinExclusive} {F(p.Max)} {p.MaxExclusive} {@default}";
    }
}
