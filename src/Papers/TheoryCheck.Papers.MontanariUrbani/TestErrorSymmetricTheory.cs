using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>The symmetric (SymmDMFT) form of the test error (see <see cref="PopulationRisk.SymmetricTestError"/>).</summary>
[Solver("montanari-urbani.test-error-symmetric",
    "SymmDMFT test error (1/2)[tau^2 + |phi|^2 - 2 a phihat(v) + a^2 h(1)/m + (m-1)/m a^2 h(C_o)]",
    Reference = "test error under the symmetric initialisation (slides 'SymmDMFT')")]
[Output("ets", "e_ts = (1/2)[tau^2 + |phi|^2 - 2 a phihat(v) + a^2 h(1)/m + (m-1)/m a^2 h(C_o)]")]
public sealed class TestErrorSymmetricTheory : Theory<TestErrorSymmetricParameters>
{
    protected override string? Validate(Point point, TestErrorSymmetricParameters parameters) => parameters.Validate();

    protected override TheoryValues Evaluate(Point point, TestErrorSymmetricParameters p) =>
        new TheoryValues().Set("ets", PopulationRisk.SymmetricTestError(p.Kernels(), p.M, p.A, p.V, p.Co, p.Tau));
}
