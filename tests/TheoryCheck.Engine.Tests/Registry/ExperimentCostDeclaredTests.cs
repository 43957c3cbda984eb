using System.Reflection;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine;

namespace TheoryCheck.Tests.Registry;

/// <summary>
/// Every registered experiment of the shipped paper modules states its cost (issue 14: bounded work, stated up front).
/// The numbers themselves are judged per module by the conformance suite at the spec points; this catches an experiment
/// that no spec uses yet, or a new one that forgot the estimate.
/// </summary>
public sealed class ExperimentCostDeclaredTests
{
    [Fact]
    public void Every_registered_experiment_overrides_EstimateCost()
    {
        var experiments = SolverRegistry.Default.Experiments.Values.ToList();
        experiments.Should().HaveCountGreaterThan(50, "the shipped modules register about 60 experiments");
        var missing = experiments
            .Where(e => e.GetType().GetMethod("EstimateCost", BindingFlags.Instance | BindingFlags.NonPublic, [typeof(Point), ParametersOf(e.GetType())]) is not { } method
                        || method.DeclaringType != e.GetType())
            .Select(e => e.Name).Order().ToList();
        missing.Should().BeEmpty("each experiment estimates the memory and work of one run from its parameters");
    }

    private static Type ParametersOf(Type experiment)
    {
        for (var t = experiment; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Experiment<>)) return t.GetGenericArguments()[0];
        throw new InvalidOperationException($"{experiment.Name} does not derive from Experiment<TParameters>");
    }
}
