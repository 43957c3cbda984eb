using static TheoryCheck.Abstractions.CostTerms;
using System.Globalization;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// The protocol of Goldt et al. Theorem 1: weights built exactly from (Q0, R0, T = I), online SGD (eq (2)–(3)) for
/// N·horizon steps, order parameters measured at the theory's checkpoints and compared with the ODE limit.
/// </summary>
[Solver("goldt2020.sgd-vs-ode", "online SGD from exactly constructed weights; distance of its order parameters to the ODE checkpoints",
    Reference = "Theorem 1, eq (2)-(3), (7)-(9)")]
[Output("dev", "max_j ‖m^μ − m(α_j)‖₂ over (Q_ik, i ≤ k; R_in; v_i)")]
[Output("eg-dev", "max_j |eps_g(m^μ) − eps_g(m(α_j))|")]
[Output("eg-final", "eps_g of the SGD order parameters at α = horizon")]
[Output("eg-t", "eps_g(α) of the SGD run at the checkpoints", Kind = OutputKind.Curve)]
[ReadsTheory("eg.*", "m.*")]
public sealed class SgdVsOdeExperiment : Experiment<SgdVsOdeParameters>
{
    protected override string? Validate(Point point, SgdVsOdeParameters parameters) => Ladder.First(
        () => parameters.Validate(point),
        () => Math.Abs(parameters.Spacing * point.Size - Math.Round(parameters.Spacing * point.Size)) > 1e-9
            ? $"spacing × N = {Ladder.F(parameters.Spacing * point.Size)} must be a whole number of SGD steps" : null);

    /// <summary>Horizon·N online SGD steps (<see cref="ScmCost.SgdStep"/>) on (K + M)×N weights, the overlaps at each of horizon/spacing + 1 checkpoints, the weight construction.</summary>
    protected override ExperimentCost EstimateCost(Point point, SgdVsOdeParameters parameters)
    {
        var setup = parameters.Setup(point);
        int k = setup.K, m = setup.M;
        double n = point.Size, checkpoints = parameters.Spacing > 0 ? parameters.Horizon / parameters.Spacing + 1 : 1;
        return new ExperimentCost(Doubles((k + m) * n + 4 * n),
            Draws((k + m) * n) + 2 * ScmCost.Overlaps(k, m, n) + parameters.Horizon * n * ScmCost.SgdStep(k, m, n) + checkpoints * (ScmCost.Overlaps(k, m, n) + 100));
    }

    protected override Observation Run(Point point, SgdVsOdeParameters parameters, TheoryValues theory, Rng rng)
    {
        var setup = parameters.Setup(point);
        var (q0, r0, v0) = parameters.Initial(point);
        var n = point.Size;
        var sgd = OnlineSgd.FromOrderParameters(setup, n, q0, r0, v0, rng);
        var ode = new OrderParameterOde(setup, ScmChecks.FrozenV(setup.K, parameters.SecondLayer == "normalised"));
        var count = (int)Math.Round(parameters.Horizon / parameters.Spacing);
        var stepsPer = (long)Math.Round(parameters.Spacing * n);
        var m = new double[setup.StateSize];
        var th = new double[setup.StateSize];
        double dev = 0, egDev = 0, egLast = 0;
        var eg = new double[count + 1];
        for (var j = 0; j <= count; j++)
        {
            if (j > 0) sgd.Run(stepsPer, rng);
            sgd.State(m);
            double d2 = 0;
            for (var c = 0; c < m.Length; c++)
            {
                th[c] = theory[OdeTrajectoryTheory.Key(j, c)];
                d2 += (m[c] - th[c]) * (m[c] - th[c]);
            }
            dev = Math.Max(dev, Math.Sqrt(d2));
            eg[j] = egLast = ode.Eg(m);
            egDev = Math.Max(egDev, Math.Abs(egLast - theory["eg." + j.ToString(CultureInfo.InvariantCulture)]));
        }
        return new Observation().Set("dev", dev).Set("eg-dev", egDev).Set("eg-final", egLast)
            .SetCurve("eg-t", "α", OdeTrajectoryTheory.Checkpoints(count, parameters.Spacing), eg);
    }
}
