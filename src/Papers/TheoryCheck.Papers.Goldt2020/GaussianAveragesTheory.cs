using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Closed-form Gaussian averages I2, J2, I3, I4 that close the ODE of Goldt et al. eq (9) (derived in the paper's
/// supplementary material) on the <see cref="TestCovariance"/>, one scalar per index tuple, repeated indices included
/// (I4 is symmetric in (a, b) and in (c, d), so a ≤ b, c ≤ d; I3 is not symmetric). ReLU has I2 only.
/// </summary>
[Solver("goldt2020.gaussian-averages", "closed-form Gaussian averages I2, J2, I3, I4 of g(z) = erf(z/√2), z, relu(z) on a fixed 4 × 4 covariance",
    Reference = "eq (9) and its Gaussian averages (supplementary material)")]
[Output("I2.*", "I2(a, b) = ⟨g(z_a) g(z_b)⟩, a ≤ b, z ~ N(0, C)")]
[Output("J2.*", "J2(a, b) = ⟨g'(z_a) g'(z_b)⟩, a ≤ b (not for relu)")]
[Output("I3.*", "I3(a, b, c) = ⟨g'(z_a) z_b g(z_c)⟩ (not for relu)")]
[Output("I4.*", "I4(a, b, c, d) = ⟨g'(z_a) g'(z_b) g(z_c) g(z_d)⟩, a ≤ b, c ≤ d (not for relu)")]
public sealed class GaussianAveragesTheory : Theory<ActivationParameters>
{
    protected override TheoryValues Evaluate(Point point, ActivationParameters parameters)
    {
        var g = ScmChecks.Act(parameters.Activation);
        var v = new TheoryValues();
        var c = TestCovariance.C;
        const int n = TestCovariance.N;
        foreach (var t in TestCovariance.Tuples(g))
            v.Set(t.Name, t.Kind switch
            {
                2 => GaussianAverages.I2(g, c, n, t.A, t.B),
                5 => GaussianAverages.J2(g, c, n, t.A, t.B),
                3 => GaussianAverages.I3(g, c, n, t.A, t.B, t.C),
                _ => GaussianAverages.I4(g, c, n, t.A, t.B, t.C, t.D),
            });
        return v;
    }
}
