using System.Numerics;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Ode;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// The unspecialised plateau of the erf SCM with K = M, T = I, v = v* = 1, σ = 0 (Goldt et al. section 2, after Saad and
/// Solla 1995) and the spectrum of the ODE's Jacobian there. The plateau is found as in <see cref="ScmErfPlateauExperiment"/>:
/// relax eq (9) inside the symmetric subspace from R = 0, Q = 0.5, C = 0 to α = 200/η, then Newton. J = ∂F/∂m by
/// central differences (h = 1e-6, <see cref="FixedPoints.Jacobian"/>); its eigenvalues (per unit α = P/N) split into the
/// modes that keep the symmetry (stable: the plateau attracts inside the subspace) and the symmetry-breaking ones, whose
/// largest real part is the escape rate: a perturbation grows as e^{λ_max α} until specialisation.
/// </summary>
internal sealed class PlateauLinearisation
{
    public ScmSetup Setup { get; }
    public OrderParameterOde Ode { get; }
    public double[] Plateau { get; }
    public Complex[] Eigenvalues { get; }

    public PlateauLinearisation(int m, double eta)
    {
        Setup = ScmSetup.Standard(Activation.Erf, m, m, eta, 0);
        Ode = new OrderParameterOde(Setup, Enumerable.Repeat(1.0, m).ToArray());
        var state = new double[Setup.StateSize];
        for (var i = 0; i < m; i++) state[Setup.QIndex(i, i)] = 0.5;
        new DormandPrince45(state.Length) { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-13 }.Integrate(Ode.Rhs, state, 0, 200 / eta);
        Plateau = FixedPoints.Newton(Ode, state, 1e-14);
        // Descending real part, then imaginary part: a fixed order for the reported spectrum.
        Eigenvalues = [.. FixedPoints.Jacobian(Ode, Plateau).Evd().EigenValues.OrderByDescending(z => z.Real).ThenByDescending(z => z.Imaginary)];
    }

    /// <summary>The leading eigenvalue (largest real part).</summary>
    public Complex Leading => Eigenvalues[0];
}
