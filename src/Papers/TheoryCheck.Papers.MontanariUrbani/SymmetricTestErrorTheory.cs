using TheoryCheck.Numerics.Activations;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>The symmetric (SymmDMFT) form of the test error (see <see cref="PopulationRisk.SymmetricTestError"/>).</summary>
public sealed class SymmetricTestErrorTheory : Theory
{
    internal static readonly ParameterSpec Activation =
        ParameterSpec.Choice("activation", "activation sigma = target phi: relu, erf (meaning erf(z/sqrt 2)), tanh or linear", ["relu", "erf", "tanh", "linear"]);
    internal static readonly ParameterSpec A = ParameterSpec.Real("a", "common second-layer weight a");
    internal static readonly ParameterSpec V = ParameterSpec.Real("v", "common overlap v = <u, w_i>", min: -1, max: 1);
    internal static readonly ParameterSpec Co = ParameterSpec.Real("co", "common overlap C_o = <w_i, w_j> of distinct neurons", min: -1, max: 1);
    internal static readonly ParameterSpec M = ParameterSpec.Integer("m", "number of neurons m", min: 1, max: 4096);

    internal static readonly IReadOnlyList<ParameterSpec> All = [Activation, A, V, Co, M, TestErrorIdentityTheory.Tau];

    public override string Name => "montanari-urbani.test-error-symmetric";
    public override string Description => "SymmDMFT test error (1/2)[tau^2 + |phi|^2 - 2 a phihat(v) + a^2 h(1)/m + (m-1)/m a^2 h(C_o)]";
    public override string Reference => "001_e40e1057a80c746a.txt 'SymmDMFT'; catalogue montanari-urbani-and-ensembles.md §1.3 'ets.symmetric-form'";
    public override IReadOnlyList<ParameterSpec> Parameters => All;

    /// <summary>The symmetric configuration is realisable (w_i = v u + b z + c e_i) iff v² ≤ C_o ≤ 1 (catalogue §1.3).</summary>
    public override string? Validate(Point point)
    {
        double v = point.Real("v"), co = point.Real("co");
        return v * v <= co + 1e-15 ? null : $"v^2 = {v * v:G6} > C_o = {co:G6}: no unit vectors have these overlaps (need v^2 <= C_o <= 1)";
    }

    public override TheoryValues Evaluate(Point point)
    {
        var act = Activations.Parse(point.Text("activation"));
        return new TheoryValues().Set("ets", PopulationRisk.SymmetricTestError(new KernelPair(act, act), point.Integer("m"),
            point.Real("a"), point.Real("v"), point.Real("co"), point.Real("tau")));
    }
}
