using TheoryCheck.Numerics.Activations;
using TheoryCheck.Papers.MontanariUrbani;

namespace TheoryCheck.Tests.Theories.MontanariUrbani;

/// <summary>h, h' and φ̂ against the catalogue's sanity values (§1.1, §1.2) and against each other's routes.</summary>
public class KernelTests
{
    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(0, 0.15915494309189535)]
    [InlineData(0.5, 0.3044988905221147)]
    [InlineData(-0.5, 0.0544988905221147)]
    [InlineData(-1, 0)]
    public void Relu_kernel_sanity_values(double q, double h) => DualKernel.Relu(q).Should().BeApproximately(h, 1e-15);

    [Fact]
    public void Relu_and_erf_derivatives_match_the_catalogue_and_finite_differences()
    {
        DualKernel.Derivative(Activation.Relu, 0).Should().BeApproximately(0.25, 1e-16);
        DualKernel.Derivative(Activation.Relu, 1).Should().BeApproximately(0.5, 1e-16);
        DualKernel.Derivative(Activation.Erf, 0).Should().BeApproximately(0.3183098861837907, 1e-16);
        foreach (var a in new[] { Activation.Relu, Activation.Erf, Activation.He2 })
            foreach (var q in new[] { -0.7, 0.1, 0.6 })
                DualKernel.Derivative(a, q).Should().BeApproximately(
                    (DualKernel.Evaluate(a, q + 1e-6) - DualKernel.Evaluate(a, q - 1e-6)) / 2e-6, 1e-8);
    }

    [Theory]
    [InlineData(1, 1.0 / 3)]
    [InlineData(-1, -1.0 / 3)]
    [InlineData(0.5, 0.16086124651033248)]
    public void Erf_kernel_sanity_values(double q, double h) => DualKernel.Erf(q).Should().BeApproximately(h, 1e-15);

    [Theory]
    [InlineData(1, 0.3942944903978412)]
    [InlineData(0.5, 0.186324413203448)]
    [InlineData(-0.9, -0.349203350581925)]
    [InlineData(0.99, 0.389665301326139)]
    public void Tanh_series_and_tensor_gauss_hermite_reproduce_the_catalogue(double q, double h)
    {
        HermiteSeries.Kernel(Activation.Tanh, Activation.Tanh, q).Should().BeApproximately(h, 2e-15);
        GaussHermiteKernel.Expectation(Activation.Tanh, Activation.Tanh, q, 160).Should().BeApproximately(h, 5e-15); // 160² terms of rounding
    }

    [Theory]
    [InlineData(Activation.Erf)]
    [InlineData(Activation.Linear)]
    [InlineData(Activation.He2)]
    public void Hermite_series_equals_the_closed_forms(Activation a)
    {
        foreach (var q in new[] { -1, -0.6, 0, 0.3, 0.95, 1 })
            HermiteSeries.Kernel(a, a, q).Should().BeApproximately(DualKernel.Evaluate(a, q), 1e-13);
    }

    [Fact]
    public void Relu_series_agrees_away_from_the_ends()
    {
        // ĉ_k(relu)² ~ k^{-5/2}: the series is only algebraically convergent; fine at |q| ≤ 0.9.
        foreach (var q in new[] { -0.9, -0.3, 0.5, 0.9 })
            HermiteSeries.Kernel(Activation.Relu, Activation.Relu, q).Should().BeApproximately(DualKernel.Relu(q), 1e-12);
    }

    [Fact]
    public void Erf_gauss_hermite_is_spectral()
    {
        // Catalogue §1.1: error ≤ 1e-15 already at N = 32 (4.7e-16 measured at q = 0.5).
        GaussHermiteKernel.Expectation(Activation.Erf, Activation.Erf, 0.5, 32).Should().BeApproximately(DualKernel.Erf(0.5), 1e-15);
    }

    [Fact]
    public void Relu_gauss_hermite_error_halves_per_doubling()
    {
        double Err(int n) => Math.Abs(GaussHermiteKernel.Expectation(Activation.Relu, Activation.Relu, 0.5, n) - DualKernel.Relu(0.5));
        Err(32).Should().BeApproximately(1.78e-3, 0.05e-3); // catalogue: 1.78e-3, 8.6e-4, 4.4e-4, 2.2e-4
        (Err(64) / Err(128)).Should().BeInRange(1.7, 2.3);
    }

    [Theory]
    [InlineData(Activation.Relu, Activation.Erf, 0.3, 0.0846284375321635)]
    [InlineData(Activation.Relu, Activation.Erf, 0.8, 0.2256758334191025)]
    [InlineData(Activation.Erf, Activation.Relu, 0.8, 0.2256758334191025)]
    [InlineData(Activation.Relu, Activation.Linear, 0.6, 0.3)]
    [InlineData(Activation.Erf, Activation.He2, 0.6, 0)]
    public void Phi_hat_closed_forms(Activation sigma, Activation phi, double v, double expected)
    {
        PhiHat.Value(sigma, phi, v).Should().BeApproximately(expected, 1e-15);
        PhiHatQuadrature.Evaluate(sigma, phi, v, 32).Should().BeApproximately(expected, 1e-13);
    }

    [Fact]
    public void Relu_against_he2_keeps_only_the_second_hermite_component()
    {
        foreach (var v in new[] { -0.8, 0.2, 0.9 })
        {
            PhiHat.Value(Activation.Relu, Activation.He2, v).Should().BeApproximately(v * v / Math.Sqrt(2 * Math.PI), 1e-16);
            PhiHatQuadrature.Evaluate(Activation.Relu, Activation.He2, v, 32).Should().BeApproximately(v * v / Math.Sqrt(2 * Math.PI), 1e-13);
        }
    }

    [Fact]
    public void Matched_phi_hat_is_h_for_tanh()
    {
        foreach (var v in new[] { -0.9, 0.5, 0.99 })
            PhiHatQuadrature.Evaluate(Activation.Tanh, Activation.Tanh, v, 32).Should()
                .BeApproximately(HermiteSeries.Kernel(Activation.Tanh, Activation.Tanh, v), 1e-13);
    }
}
