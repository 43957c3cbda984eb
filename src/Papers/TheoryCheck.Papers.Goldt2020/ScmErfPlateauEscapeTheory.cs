using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Jacobian spectrum and escape rate of the erf SCM plateau at any η (Goldt et al. section 2; Saad and Solla 1995):
/// see <see cref="PlateauLinearisation"/>. Rates are per unit α = P/N (the ODE's time).
/// </summary>
[Solver("goldt2020.scm-erf.plateau-escape", "erf SCM (K = M) plateau at any eta: its error, the Jacobian spectrum of eq (9) there and the escape rate",
    Reference = "eq (9), section 2 (plateau); Saad & Solla (1995)")]
[Output("eg", "eps_g on the plateau")]
[Output("escape-rate", "largest real part λ_max of the eigenvalues of ∂F/∂m at the plateau (per unit α): perturbations grow as e^{λ_max α}")]
[Output("escape-rate-over-eta", "λ_max/η (tends to a constant as η → 0, where α·η is the natural time)")]
[Output("escape-imaginary", "imaginary part of the leading eigenvalue (0: the escape is monotone)")]
[Output("unstable-count", "number of eigenvalues with real part > 1e-9·max|λ| (the symmetry-breaking directions that grow)")]
[Output("slowest-decay", "smallest |Re λ| among the stable eigenvalues (the slowest relaxation onto the plateau)")]
[Output("spectrum-real", "real parts of the Jacobian eigenvalues, descending, against their index", Kind = OutputKind.Curve)]
[Output("spectrum-imaginary", "imaginary parts in the same order", Kind = OutputKind.Curve)]
public sealed class ScmErfPlateauEscapeTheory : Theory<ScmErfPlateauEscapeParameters>
{
    protected override TheoryValues Evaluate(Point point, ScmErfPlateauEscapeParameters p)
    {
        var lin = new PlateauLinearisation(p.M, p.Eta);
        var scale = lin.Eigenvalues.Max(z => z.Magnitude);
        var unstable = lin.Eigenvalues.Count(z => z.Real > 1e-9 * scale);
        var stable = lin.Eigenvalues.Where(z => z.Real < -1e-9 * scale).ToArray();
        var index = Enumerable.Range(0, lin.Eigenvalues.Length).Select(i => (double)i).ToArray();
        var values = new TheoryValues()
            .Set("eg", lin.Ode.Eg(lin.Plateau))
            .Set("escape-rate", lin.Leading.Real)
            .Set("escape-rate-over-eta", lin.Leading.Real / p.Eta)
            .Set("escape-imaginary", Math.Abs(lin.Leading.Imaginary))
            .Set("unstable-count", unstable)
            .Set("slowest-decay", stable.Length > 0 ? stable.Min(z => -z.Real) : double.NaN);
        values.SetCurve("spectrum-real", "index", index, lin.Eigenvalues.Select(z => z.Real).ToArray());
        values.SetCurve("spectrum-imaginary", "index", index, lin.Eigenvalues.Select(z => z.Imaginary).ToArray());
        return values;
    }
}
