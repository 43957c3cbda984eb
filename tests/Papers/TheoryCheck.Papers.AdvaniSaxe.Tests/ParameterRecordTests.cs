using TheoryCheck.Abstractions;
using TheoryCheck.Papers.AdvaniSaxe;
using TheoryCheck.Tests;

namespace TheoryCheck.Tests.Theories.AdvaniSaxe;

/// <summary>The parameter records: what the loader sees (names, ranges, defaults) and the validation they carry.</summary>
public class ParameterRecordTests
{
    [Fact]
    public void Linear_model_records_declare_the_spec_parameters_with_their_ranges_and_defaults()
    {
        var specs = new LinearGdFixedDataExperiment().Parameters.ToDictionary(p => p.Name);
        specs.Keys.Should().BeEquivalentTo(["alpha", "snr", "inr", "eta", "record-steps", "dataset", "flow-check"]);
        specs["alpha"].Default.Should().BeNull();
        specs["alpha"].Min.Should().Be(0);
        specs["alpha"].MinExclusive.Should().BeTrue();
        specs["inr"].Default.Should().Be(0.25);
        specs["eta"].Default.Should().Be(0.1);
        ((IReadOnlyList<double>)specs["record-steps"].Default!).Should().Equal(10, 50, 200);
        specs["dataset"].Max.Should().Be(1000);
        specs["flow-check"].Default.Should().Be(true);
        new LinearAsymptoteTheory().Parameters.Select(p => p.Name).Should().Equal("alpha", "snr", "inr");
        new LinearSmallestEigenvalueExperiment().Parameters.Single(p => p.Name == "method").Choices.Should().Equal("dense", "bidiagonal");
    }

    [Fact]
    public void Curve_and_step_validation_reads_the_record()
    {
        var solver = new LinearMpLimitTheory();
        Point At(params (string, object)[] values) => MahoneyTestPoints.Make("N", 100, [solver], [("alpha", 2.0), ("snr", 4.0), .. values]);
        solver.Validate(At()).Should().BeNull();
        solver.Validate(At(("record-steps", (IReadOnlyList<double>)[10.5]))).Should().Contain("whole numbers");
        solver.Validate(At(("record-steps", (IReadOnlyList<double>)[1000.0]), ("curve-every", 5))).Should().Contain("raise curve-every to at least 10");
        solver.Validate(At(("eta", 0.4))).Should().Contain("diverges");
    }

    [Fact]
    public void Frozen_subspace_needs_fewer_samples_than_weights_and_features_than_samples()
    {
        var linear = new LinearFrozenTheory();
        linear.Validate(MahoneyTestPoints.Make("N", 100, [linear], ("alpha", 0.5), ("snr", 4.0))).Should().BeNull();
        linear.Validate(MahoneyTestPoints.Make("N", 100, [linear], ("alpha", 1.0), ("snr", 4.0))).Should().Contain("P < N");
        var rf = new RfFrozenTheory();
        rf.Validate(MahoneyTestPoints.Make("Nh", 200, [rf])).Should().BeNull();
        rf.Validate(MahoneyTestPoints.Make("Nh", 100, [rf])).Should().Contain("Nh = 100 <= P = 100");
    }

    [Fact]
    public void Alpha_sweeps_need_whole_increasing_ratios_containing_the_reference()
    {
        var theory = new LinearDoubleDescentTheory();
        Point At(IReadOnlyList<double> alphas, double reference = 1) =>
            MahoneyTestPoints.Make("N", 100, [theory], ("alphas", alphas), ("snr", 4.0), ("reference-alpha", reference));
        theory.Validate(At([0.8, 1.0, 1.25])).Should().BeNull();
        theory.Validate(At([0.8, 1.0, 1.255])).Should().Contain("not a whole number");
        theory.Validate(At([1.0, 0.8])).Should().Contain("strictly increasing");
        theory.Validate(At([0.8, 1.0], reference: 0.9)).Should().Contain("reference-alpha = 0.9");
    }

    [Fact]
    public void Soft_edge_rejects_the_square_case_and_rademacher_widths_need_the_compared_ratios()
    {
        var edge = new LinearEdgeTheory();
        edge.Validate(MahoneyTestPoints.Make("N", 100, [edge], ("alpha", 1.0))).Should().Contain("hard");
        edge.Validate(MahoneyTestPoints.Make("N", 100, [edge], ("alpha", 2.0))).Should().BeNull();
        var rademacher = new RfKernelLimitTheory();
        rademacher.Validate(MahoneyTestPoints.Make("P", 100, [rademacher])).Should().BeNull();
        rademacher.Validate(MahoneyTestPoints.Make("P", 100, [rademacher], ("nh-over-p", (IReadOnlyList<double>)[0.25, 0.5, 1, 2, 4, 8, 64])))
            .Should().Contain("must include 32");
    }
}
