using TheoryCheck.Numerics.Activations;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>The population test error of a fixed network from its overlaps (see <see cref="PopulationRisk.TestError"/>).</summary>
public sealed class TestErrorIdentityTheory : Theory
{
    internal static readonly ParameterSpec Sigma =
        ParameterSpec.Choice("sigma", "student activation: relu, erf (meaning erf(z/sqrt 2)), tanh or linear", ["relu", "erf", "tanh", "linear"]);
    internal static readonly ParameterSpec Phi =
        ParameterSpec.Choice("phi", "single-index target: relu, erf, tanh, linear or he2", Activations.Names);
    internal static readonly ParameterSpec Tau = ParameterSpec.Real("tau", "label-noise standard deviation tau", min: 0);

    public override string Name => "montanari-urbani.test-error-identity";
    public override string Description => "population test error e_ts = (1/2)[tau^2 + |phi|^2 - (2/m) sum a_i phihat(<u,w_i>) + (1/m^2) sum a_i a_j h(<w_i,w_j>)]";
    public override string Reference => "001_e40e1057a80c746a.txt 'Covariance Structure'; catalogue montanari-urbani-and-ensembles.md §1.3";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [.. NetworkConfiguration.Parameters, Sigma, Phi, Tau];

    public override string? Validate(Point point) => NetworkConfiguration.Problem(point);

    public override TheoryValues Evaluate(Point point)
    {
        var c = NetworkConfiguration.From(point);
        var k = new KernelPair(Activations.Parse(point.Text("sigma")), Activations.Parse(point.Text("phi")));
        return new TheoryValues().Set("ets", PopulationRisk.TestError(k, c.A, c.W, c.D, c.U, point.Real("tau")));
    }
}
