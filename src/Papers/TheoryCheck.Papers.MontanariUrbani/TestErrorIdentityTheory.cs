using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>The population test error of a fixed network from its overlaps (see <see cref="PopulationRisk.TestError"/>).</summary>
[Solver("montanari-urbani.test-error-identity",
    "population test error e_ts = (1/2)[tau^2 + |phi|^2 - (2/m) sum a_i phihat(<u,w_i>) + (1/m^2) sum a_i a_j h(<w_i,w_j>)]",
    Reference = "covariance structure of f and phi (slides 'Covariance Structure')")]
[Output("ets", "e_ts: the population test error of the fixed network on a fresh noisy pair, from its overlaps (Bayes risk tau^2/2 included)")]
public sealed class TestErrorIdentityTheory : Theory<TestErrorParameters>
{
    protected override string? Validate(Point point, TestErrorParameters parameters) => NetworkConfiguration.Problem(parameters);

    protected override TheoryValues Evaluate(Point point, TestErrorParameters parameters)
    {
        var c = NetworkConfiguration.From(parameters);
        return new TheoryValues().Set("ets", PopulationRisk.TestError(parameters.Kernels(), c.A, c.W, c.D, c.U, parameters.Tau));
    }
}
