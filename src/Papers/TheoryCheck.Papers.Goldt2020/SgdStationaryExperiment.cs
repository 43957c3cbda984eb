using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Stationary error of online SGD (Goldt et al. eq (2)–(3); the values of eq (10) and (12)): weights built exactly
/// at the specialised state (linear; a 1e-6 jitter on the student diagonal makes the Gram matrix positive definite)
/// or at the ODE fixed point at the same σ (erf; Newton on eq (9) seeded by linear response), a burn-in, then the
/// time average of eps_g (eq (4)–(6) on the current weights) sampled every N/samples steps.
/// </summary>
[Solver("goldt2020.sgd-stationary", "online SGD started at the stationary state; time-averaged eps_g after a burn-in",
    Reference = "eq (2)-(3), (10), (12)")]
[Output("eg", "time average of eps_g over the averaging window")]
[Output("n-rel-dev", "N (eg − eps*)/eps* against the theory's eg-star, when it provides one")]
[ReadsTheory(Optional = new[] { "eg-star" })]
public sealed class SgdStationaryExperiment : Experiment<SgdStationaryParameters>
{
    protected override string? Validate(Point point, SgdStationaryParameters parameters)
    {
        var g = ScmChecks.Act(parameters.Activation);
        var k = Ladder.K(point, parameters.K);
        return Ladder.First(
            () => ScmChecks.RequireKAtLeastM(k, parameters.M),
            () => parameters.Sigma <= 0 ? "sigma must be > 0 for a stationary error (σ = 0 gives eps* = 0)" : null,
            () => g == Activation.Linear
                ? LinearScm.ValidateRate(LinearScm.EffectiveRate(Ladder.Eta(point, parameters.Eta), k, parameters.SecondLayer == "normalised")) : null,
            () => parameters.Start == "fixed-point" && g != Activation.Erf ? "start: fixed-point needs the erf ODE" : null,
            () => point.Size < k + parameters.M ? "N must be at least K + M for the exact weight construction" : null);
    }

    /// <summary>
    /// (burn-in + average)·N online SGD steps (<see cref="ScmCost.SgdStep"/>) on (K + M)×N weights, the overlaps at every
    /// sample (average·N/every of them), the weight construction ((K + M)²N), and for the fixed-point start linear response + Newton.
    /// </summary>
    protected override ExperimentCost EstimateCost(Point point, SgdStationaryParameters parameters)
    {
        int k = Ladder.K(point, parameters.K), m = parameters.M;
        double n = point.Size, every = Math.Max(1, point.Size / Math.Max(1, parameters.Samples));
        var start = parameters.Start == "fixed-point" ? ScmCost.LinearResponse(k, m) + ScmCost.Newton(k, m) : 0;
        return new ExperimentCost(Doubles((k + m) * n + 4 * n),
            start + Draws((k + m) * n) + 2 * ScmCost.Overlaps(k, m, n) + (parameters.BurnIn + parameters.Average) * n * ScmCost.SgdStep(k, m, n)
            + parameters.Average * n / every * ScmCost.Overlaps(k, m, n));
    }

    protected override Observation Run(Point point, SgdStationaryParameters parameters, TheoryValues theory, Rng rng)
    {
        var normalised = parameters.SecondLayer == "normalised";
        var setup = ScmChecks.Setup(ScmChecks.Act(parameters.Activation), Ladder.K(point, parameters.K), parameters.M,
            Ladder.Eta(point, parameters.Eta), parameters.Sigma, both: false, normalised);
        var n = point.Size;
        var v = ScmChecks.FrozenV(setup.K, normalised);
        var m0 = StartState(parameters.Start == "fixed-point", setup, v);
        int k = setup.K, mm = setup.M;
        var q = new double[k * k];
        var r = new double[k * mm];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++) q[i * k + j] = m0[setup.QIndex(i, j)];
            for (var j = 0; j < mm; j++) r[i * mm + j] = m0[setup.RIndex(i, j)];
        }
        var g = WeightConstruction.Gram(k, mm, q, r, setup.T);
        if (WeightConstruction.Cholesky(g, k + mm) is null)
            for (var i = 0; i < k; i++) q[i * k + i] += 1e-6;
        var sgd = OnlineSgd.FromOrderParameters(setup, n, q, r, v, rng);
        sgd.Run((long)Math.Round(parameters.BurnIn * n), rng);
        var every = Math.Max(1, n / parameters.Samples);
        var count = (long)Math.Round(parameters.Average * n / every);
        double sum = 0;
        for (long s = 0; s < count; s++)
        {
            sgd.Run(every, rng);
            sum += sgd.Eg();
        }
        var eg = sum / count;
        var obs = new Observation().Set("eg", eg);
        if (theory.Scalars.TryGetValue("eg-star", out var star)) obs.Set("n-rel-dev", n * (eg - star) / star);
        return obs;
    }

    /// <summary>The specialised state, or the ODE fixed point at the setup's σ (Newton seeded by linear response).</summary>
    internal static double[] StartState(bool fixedPoint, ScmSetup setup, double[] v)
    {
        if (!fixedPoint) return FixedPoints.Specialised(setup);
        var ode = new OrderParameterOde(setup, v);
        var m0 = FixedPoints.Specialised(setup);
        var lr = FixedPoints.Solve(ode, m0);
        var s2 = setup.Sigma * setup.Sigma;
        var seed = m0.Select((x, i) => x + s2 * lr.M1[i]).ToArray();
        ode.Sigma2 = s2;
        return FixedPoints.Newton(ode, seed, 1e-15);
    }
}
