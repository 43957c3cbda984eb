using MathNet.Numerics.Integration;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Papers.AdvaniSaxe;

namespace TheoryCheck.Tests.Theories.AdvaniSaxe;

/// <summary>
/// advani-saxe.linear.flow (gradient-flow E_g(t), E_t(t) in the MP limit): the solver contract (no spec uses it, so the
/// cases are built by hand) and its values against independent routes at parameters no shipped spec uses:
/// Richardson extrapolation of the discrete-GD theory in η → 0, adaptive Gauss–Kronrod of the MP density in λ (not the
/// θ-substituted rule the solver uses), the spectrum of one large sampled X, and the t = 0 and t → ∞ limits.
/// </summary>
public class LinearFlowTheoryTests
{
    private static readonly LinearFlowTheory Theory = new();

    private static Point At(params (string Name, object Value)[] overrides) => SolverConformanceTests.AtDefaults(Theory, overrides);

    private static IReadOnlyDictionary<string, double> Eval(double alpha, double snr, double inr, double time) =>
        Theory.Evaluate(At(("alpha", alpha), ("snr", snr), ("inr", inr), ("time", time))).Scalars;

    [Fact]
    public void Meets_the_solver_contract()
    {
        SolverConformanceTests.CheckTheoryContract(Theory, At(), At(("alpha", 0.6), ("snr", 2.0), ("inr", 1.0), ("time", 7.0)));
    }

    public static TheoryData<double, double, double, double> Points => new()
    {
        // alpha, SNR, INR, t: over- and under-determined, the square case, short and long times (none is a shipped spec's point).
        { 1.7, 3, 0.5, 2.5 }, { 0.45, 6, 0, 0.8 }, { 1, 2, 1.5, 12 }, { 3.2, 0.5, 0.1, 40 },
    };

    /// <summary>
    /// GD after k = t/η steps has g = (1 − ηλ)^{t/η} = e^{−λt}(1 + O(η)), so E^GD(η) = E^flow + aη + bη² + O(η³); two
    /// Richardson levels on η = t/2000, t/4000, t/8000 cancel a and b; the O(η³) left is ~(t/2000)³·|λ-moments| ≲ 1e-10
    /// here (measured: ≤ 2.7e-13 on these four points), so 1e-11 is stated (a 1e-10 relative error of the flow would fail).
    /// </summary>
    [Theory]
    [MemberData(nameof(Points))]
    public void Flow_equals_gradient_descent_extrapolated_to_zero_step(double alpha, double snr, double inr, double t)
    {
        const int k = 2000;
        double Richardson(Func<double, int, double> gd)
        {
            var e = new[] { gd(t / k, k), gd(t / (2 * k), 2 * k), gd(t / (4 * k), 4 * k) };
            double r1 = 2 * e[1] - e[0], r2 = 2 * e[2] - e[1];
            return (4 * r2 - r1) / 3;
        }
        var v = Eval(alpha, snr, inr, t);
        var eg = Richardson((eta, steps) => LinearGeneralisation.GradientDescentError(alpha, snr, inr, eta, steps));
        var et = Richardson((eta, steps) => LinearTrainingError.Error(alpha, snr, inr, eta, steps));
        v["eg"].Should().BeApproximately(eg, 1e-11);
        v["et"].Should().BeApproximately(et, 1e-11);
    }

    /// <summary>
    /// The same MP integrals by adaptive Gauss–Kronrod directly in λ over ρ_bulk(λ) = √((λ₊ − λ)(λ − λ₋))/(2πλ), split at
    /// the middle of the bulk with λ = λ₋ + u² and λ = λ₊ − u² (square-root edges made smooth). Both routes reach ~1e-14;
    /// 1e-12 is the stated accuracy.
    /// </summary>
    [Theory]
    [MemberData(nameof(Points))]
    public void Flow_equals_adaptive_quadrature_of_the_mp_density(double alpha, double snr, double inr, double t)
    {
        var root = Math.Sqrt(alpha);
        double lo = (1 - root) * (1 - root), hi = (1 + root) * (1 + root), mid = (lo + hi) / 2;
        double Bulk(Func<double, double> f)
        {
            double Rho(double l) => Math.Sqrt(Math.Max(0, (hi - l) * (l - lo))) / (2 * Math.PI * l);
            var w = Math.Sqrt(mid - lo);
            var lower = GaussKronrodRule.Integrate(u => { var l = lo + u * u; return 2 * u * Rho(l) * f(l); }, 0, w, out _, out _, 1e-15, 10, 21);
            var upper = GaussKronrodRule.Integrate(u => { var l = hi - u * u; return 2 * u * Rho(l) * f(l); }, 0, Math.Sqrt(hi - mid), out _, out _, 1e-15, 10, 21);
            return lower + upper;
        }
        var frozen = Math.Max(0, 1 - alpha);
        var eg = Bulk(l => (1 + inr) * Math.Exp(-2 * l * t) + Math.Pow(1 - Math.Exp(-l * t), 2) / (l * snr)) + frozen * (1 + inr) + 1 / snr;
        var et = Bulk(l => Math.Exp(-2 * l * t) * (l * (1 + inr) + 1 / snr)) / alpha + Math.Max(0, 1 - 1 / alpha) / snr;
        Bulk(_ => 1).Should().BeApproximately(Math.Min(1, alpha), 1e-13, "the route itself: bulk mass min(1, α)");
        var v = Eval(alpha, snr, inr, t);
        v["eg"].Should().BeApproximately(eg, 1e-12);
        v["et"].Should().BeApproximately(et, 1e-12);
    }

    /// <summary>
    /// One sampled X (N = 600, P = αN) and its exact conditional errors under the flow (eq (5), from the eigenvalues of
    /// XXᵀ): they differ from the MP limit by O(1/N) (bias and fluctuation of a linear spectral statistic; the
    /// self-averaging constant of this module gives sd ≈ 1/N here; measured 0.6/N for E_g, 0.08/N for E_t at this seed).
    /// 3/N = 0.005 is under 1% of E_g and E_t here, so a theory 1% off fails.
    /// </summary>
    [Fact]
    public void Flow_matches_the_spectrum_of_one_large_sample()
    {
        const int n = 600;
        const double alpha = 1.5, snr = 3, inr = 0.5, t = 4;
        var p = (int)(alpha * n);
        var lambdas = DataSpectrum.Eigenvalues(LinearData.Matrix(n, p, new Rng(20261206)), n, p);
        var v = Eval(alpha, snr, inr, t);
        v["eg"].Should().BeApproximately(ConditionalError.Generalisation(lambdas, snr, inr, 0, t), 3.0 / n);
        v["et"].Should().BeApproximately(ConditionalError.Training(lambdas, p, snr, inr, 0, t), 3.0 / n);
    }

    [Theory]
    [MemberData(nameof(Points))]
    public void Starts_at_the_prior_error_and_tends_to_the_asymptote(double alpha, double snr, double inr, double t)
    {
        _ = t;
        // t = 0: the student is its initialisation, E_g = E_t = 1 + INR + 1/SNR (∫ρ_bulk λ = α, bulk mass min(1, α)).
        var start = Eval(alpha, snr, inr, 0);
        start["eg"].Should().BeApproximately(1 + inr + 1 / snr, 1e-13);
        start["et"].Should().BeApproximately(1 + inr + 1 / snr, 1e-13);
        if (alpha == 1) return; // E_g(∞) is infinite at α = 1 (√t growth, module README note 6)
        // t → ∞: the existing asymptote solver's closed form (the slowest mode decays as e^{−(1 − √α)²t}).
        var late = Eval(alpha, snr, inr, 1e5);
        var asymptote = new LinearAsymptoteTheory().Evaluate(new Point("N", 100, new Dictionary<string, object>
            { ["alpha"] = alpha, ["snr"] = snr, ["inr"] = inr })).Scalars["eg-inf-limit"];
        late["eg"].Should().BeApproximately(asymptote, 1e-12);
        late["eg-inf"].Should().Be(asymptote);
        late["et"].Should().BeApproximately(late["et-inf"], 1e-12);
    }

    [Fact]
    public void Grows_like_root_t_at_alpha_one()
    {
        // Module README note 6: E_g(t; α = 1) = (c√t + 1/2)/SNR + O(t^(−1/2)), c = (4/√π)(1 − 1/√2).
        const double snr = 2, t = 1e6;
        var c = 4 / Math.Sqrt(Math.PI) * (1 - 1 / Math.Sqrt(2));
        // The O(t^(−1/2)) remainder is ~1e-3 at t = 1e6 (measured 5.4e-4); E_g itself is ≈ 4.7e2.
        Eval(1, snr, 0.25, t)["eg"].Should().BeApproximately((c * Math.Sqrt(t) + 0.5) / snr, 2e-3);
    }
}
