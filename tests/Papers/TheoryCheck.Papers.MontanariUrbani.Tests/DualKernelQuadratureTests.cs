using TheoryCheck.Numerics.Activations;

namespace TheoryCheck.Papers.MontanariUrbani.Tests;

/// <summary>The dual kernel's quadrature route against the closed form.</summary>
public class DualKernelQuadratureTests
{
    [Fact]
    public void Erf_kernel_quadrature_route_agrees_with_the_arcsine()
    {
        DualKernel.Erf(0.5).Should().BeApproximately(0.16086124651033248, 1e-15);
        DualKernelQuadratureExperiment.Integrate("erf", 0.5, 32).Should().BeApproximately(DualKernel.Erf(0.5), 1e-14);
    }
}
