using TheoryCheck.Engine;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Abstractions;
using TheoryCheck.Papers.Goldt2020;
using YamlDotNet.RepresentationModel;

namespace TheoryCheck.Tests.Theories.Goldt2020;

public class SolverTests
{
    private static Point At(Solver s, string sizeName, int size, params (string Name, object Value)[] over)
    {
        var d = new Dictionary<string, object>();
        foreach (var p in s.Parameters) if (p.Default is not null) d[p.Name] = p.Default;
        foreach (var (k, v) in over) d[k] = v;
        return new Point(sizeName, size, d);
    }

    [Theory]
    [InlineData(Activation.Erf, 0.0803272)]
    [InlineData(Activation.Linear, 0.2879117)]
    [InlineData(Activation.Relu, 0.4857167)]
    public void Closed_form_eg_matches_the_reference_sanity_values(Activation g, double expected)
    {
        // catalogue §1: nn2pp unit-test weights (N = 5, M = 2, K = 3)
        GeneralisationError.FromWeights(g, SanityWeights.W, SanityWeights.V, SanityWeights.WStar, SanityWeights.VStar, SanityWeights.N)
            .Should().BeApproximately(expected, 1e-6);
    }

    [Fact]
    public void Eg_special_values()
    {
        double[] one = [1, 1, 1, 1];
        foreach (var g in new[] { Activation.Erf, Activation.Linear, Activation.Relu })
            GeneralisationError.FromCovariance(g, one, [1, -1]).Should().BeApproximately(0, 1e-15);
        GeneralisationError.FromCovariance(Activation.Erf, [1, 0, 0, 1], [1, -1]).Should().BeApproximately(1.0 / 3, 1e-14);
    }

    [Fact]
    public void Student_smaller_than_teacher_is_rejected_where_the_claim_needs_K_at_least_M()
    {
        var lr = new LinearResponseTheory();
        lr.Validate(At(lr, "K", 1, ("K", 2), ("M", 3))).Should().Contain("K ≥ M");
        var ode = new OdeFixedPointExperiment();
        ode.Validate(At(ode, "K", 1, ("M", 2), ("sigma", 0.01))).Should().Contain("K ≥ M");
        ode.Validate(At(ode, "K", 3, ("M", 2), ("sigma", 0.01))).Should().BeNull();
    }

    [Fact]
    public void Ranges_reject_non_positive_eta_and_negative_sigma()
    {
        var lr = new LinearResponseTheory();
        lr.Parameters.Single(p => p.Name == "eta").CheckRange(0).Should().NotBeNull();
        lr.Parameters.Single(p => p.Name == "eta").CheckRange(-0.1).Should().NotBeNull();
        lr.Parameters.Single(p => p.Name == "sigma").CheckRange(-0.01).Should().NotBeNull();
        lr.Parameters.Single(p => p.Name == "sigma").CheckRange(0).Should().BeNull();
    }

    [Fact]
    public void Initial_overlaps_that_are_not_positive_definite_are_rejected()
    {
        var t = new OdeTrajectoryTheory();
        t.Validate(At(t, "N", 100)).Should().BeNull();
        double[] bad = [1, 1.5, 0, 1.5, 0.8, 0.05, 0, 0.05, 0.6];
        t.Validate(At(t, "N", 100, ("Q0", bad))).Should().Contain("not positive definite");
        t.Validate(At(t, "N", 100, ("Q0", new double[] { 1, 0, 0, 1 }))).Should().Contain("K × K");
    }

    [Fact]
    public void Unstable_linear_learning_rate_is_rejected()
    {
        var th = new ScmLinearEq12Theory();
        th.Validate(At(th, "N", 100, ("K", 4), ("M", 2), ("eta", 0.6), ("sigma", 0.1))).Should().Contain("diverges");
        th.Validate(At(th, "N", 100, ("K", 4), ("M", 2), ("eta", 0.3), ("sigma", 0.1))).Should().BeNull();
    }

    [Fact]
    public void Every_goldt2020_spec_names_registered_solvers_and_declared_parameters()
    {
        var dir = FindSpecs();
        var files = Directory.GetFiles(dir, "*.yaml");
        files.Length.Should().BeGreaterThanOrEqualTo(12);
        var registry = SolverRegistry.Default;
        foreach (var file in files)
        {
            var ys = new YamlStream();
            ys.Load(new StringReader(File.ReadAllText(file)));
            var root = (YamlMappingNode)ys.Documents[0].RootNode;
            var id = ((YamlScalarNode)root["id"]).Value!;
            Path.GetFileNameWithoutExtension(file).Should().Be(id);
            registry.Theories.Should().ContainKey(((YamlScalarNode)root["theory"]).Value!, file);
            registry.Experiments.Should().ContainKey(((YamlScalarNode)root["experiment"]).Value!, file);
            var th = registry.Theories[((YamlScalarNode)root["theory"]).Value!];
            var ex = registry.Experiments[((YamlScalarNode)root["experiment"]).Value!];
            var names = th.Parameters.Concat(ex.Parameters).Select(p => p.Name).ToHashSet();
            foreach (var (k, _) in ((YamlMappingNode)root["parameters"]).Children)
                names.Should().Contain(((YamlScalarNode)k).Value!, $"{id} sets it");
            var ladder = (YamlMappingNode)root["ladder"];
            foreach (var (_, tier) in ladder.Children)
                ((YamlMappingNode)tier).Children.Keys.Select(x => ((YamlScalarNode)x).Value).Should().Contain(ex.SizeName, id);
            foreach (YamlMappingNode check in ((YamlSequenceNode)root["checks"]).Children)
                ((YamlMappingNode)check.Children.Single().Value).Children.Keys.Select(x => ((YamlScalarNode)x).Value).Should().Contain("reason", id);
        }
    }

    private static string FindSpecs([System.Runtime.CompilerServices.CallerFilePath] string here = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(here) ?? "" })
        {
            var d = new DirectoryInfo(start);
            while (d is not null && !Directory.Exists(Path.Combine(d.FullName, "theory-specs", "goldt2020"))) d = d.Parent;
            if (d is not null) return Path.Combine(d.FullName, "theory-specs", "goldt2020");
        }
        throw new DirectoryNotFoundException("theory-specs/goldt2020 not found above the test binaries or sources");
    }
}
