using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Ode;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Linear network, both layers trained (Goldt et al. section 3, fig. 4): the order-parameter ODE of eq (9)
/// (Dormand–Prince 5(4), rtol 1e-10) from a small random initial state: w = scale·N(0,1) with N = 100 rows drawn
/// from a fixed-seed stream (init-seed), teacher orthonormal and scaled (T = I), Q0 = wwᵀ/N, R0 = ww*ᵀ/N,
/// v0 = scale·N(0,1). Deterministic; ladder over K.
/// </summary>
[Solver("goldt2020.ode-small-init", "linear both-layer ODE from small random initial overlaps, eps_g at the horizon",
    Reference = "eq (9), section 3, fig. 4", Size = "K", Deterministic = true)]
[Output("eg", "eps_g at α = horizon")]
public sealed class OdeSmallInitExperiment : Experiment<OdeSmallInitParameters>
{
    /// <summary>The initial weights (N = 100 rows) and overlaps, then eq (9) integrated to the horizon (<see cref="ScmCost.Integration"/>).</summary>
    protected override ExperimentCost EstimateCost(Point point, OdeSmallInitParameters parameters)
    {
        int k = point.Size, m = parameters.M;
        var eta = Ladder.Eta(point, parameters.Eta);
        return new ExperimentCost(Doubles(100 * (k + m) + 20 * ScmCost.State(k, m)),
            ScmCost.Overlaps(k, m, 100) + ScmCost.Integration(k, m, eta * parameters.Horizon));
    }

    protected override Observation Run(Point point, OdeSmallInitParameters parameters, TheoryValues theory, Rng rng)
    {
        int k = point.Size, m = parameters.M;
        const int n = 100;
        var setup = ScmSetup.Standard(Activation.Linear, k, m, Ladder.Eta(point, parameters.Eta), parameters.Sigma, bothLayers: true);
        var init = new Rng((ulong)parameters.InitSeed);
        var scale = parameters.Scale;
        // teacher: orthonormal columns scaled to √N (T = I exactly); students: scale·N(0,1)
        var t = new double[m * m];
        for (var i = 0; i < m; i++) t[i * m + i] = 1;
        var wStar = new double[m * n];
        var dummy = Array.Empty<double>();
        WeightConstruction.Build(n, 0, m, dummy, dummy, t, init, wStar, dummy);
        var w = new double[k * n];
        for (var i = 0; i < w.Length; i++) w[i] = scale * init.NextGaussian();
        var v = new double[k];
        for (var i = 0; i < k; i++) v[i] = scale * init.NextGaussian();
        var q = new double[k * k];
        var r = new double[k * m];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++) q[i * k + j] = FixedOrder.Dot(w.AsSpan(i * n, n), w.AsSpan(j * n, n)) / n;
            for (var j = 0; j < m; j++) r[i * m + j] = FixedOrder.Dot(w.AsSpan(i * n, n), wStar.AsSpan(j * n, n)) / n;
        }
        var ode = new OrderParameterOde(setup, default);
        var state = setup.Pack(q, r, v);
        new DormandPrince45(state.Length) { RelativeTolerance = 1e-10, AbsoluteTolerance = 1e-14 }.Integrate(ode.Rhs, state, 0, parameters.Horizon);
        return new Observation().Set("eg", ode.Eg(state));
    }
}
