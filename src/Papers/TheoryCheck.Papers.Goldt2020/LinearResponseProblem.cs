using TheoryCheck.Numerics.Activations;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// A problem for the linear-response solvers (Goldt et al. eq (10) for the specialised SCM, eq (15) and section 3 for
/// copies states): activation, K, M, η, σ, whether both layers are trained, whether the frozen second layers are
/// normalised, the teacher's v* (trained second layers) and the noiseless fixed point to expand around.
/// </summary>
internal sealed record LinearResponseProblem(Activation G, int K, int M, double Eta, double Sigma, bool Both,
    bool Normalised, double VStar, bool Copies)
{
    /// <summary>Null when the state exists for these sizes, else what is wrong.</summary>
    public string? Validate() => Ladder.First(
        () => ScmChecks.RequireKAtLeastM(K, M),
        () => Copies ? ScmChecks.RequireMultiple(K, M) : null,
        () => !Copies && Both && K > M
            ? "the specialised state with superfluous units is a fixed point only for frozen second layers; use state: copies when both layers are trained" : null);

    /// <summary>The problem's setup (σ replaced by <paramref name="sigma"/> when given), its ODE and the noiseless fixed point m0.</summary>
    public (ScmSetup Setup, OrderParameterOde Ode, double[] M0) Build(double? sigma = null)
    {
        var setup = ScmChecks.Setup(G, K, M, Eta, sigma ?? Sigma, Both, Normalised, VStar);
        var ode = new OrderParameterOde(setup, ScmChecks.FrozenV(K, Normalised));
        var m0 = Copies ? FixedPoints.Copies(setup) : FixedPoints.Specialised(setup);
        return (setup, ode, m0);
    }

    /// <summary>
    /// σ is not an input here: eps*/σ² is the first-order coefficient in σ² around the noiseless fixed point, which does
    /// not depend on σ; any σ other than 0 is refused rather than silently ignored.
    /// </summary>
    internal static string? RequireNoiselessSigma(double sigma) => sigma != 0
        ? $"sigma = {Ladder.F(sigma)}: linear response (eq (10)) gives eps*/σ² to first order in σ² around the noiseless fixed point, which does not depend on σ; leave sigma at 0 (goldt2020.ode-fixed-point solves at a finite σ)"
        : null;

    /// <summary>eps*/σ² to first order in σ² (linear response around m0).</summary>
    public double EgOverSigma2()
    {
        var (_, ode, m0) = Build(0);
        return FixedPoints.Solve(ode, m0).EgOverSigma2;
    }
}
