using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Ode;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Stationary error of the linear-network ODE (Goldt et al. eq (9), (12)) by relaxation: Dormand–Prince 5(4)
/// (rtol 1e-11) from the specialised state (eps_g = 0, student sum equal to the teacher sum, K ≥ M) for
/// <c>relax</c>/rate in α, rate = η_e(2 − η_e) for linear nets. Deterministic; ladder over K.
/// </summary>
[Solver("goldt2020.ode-stationary", "relaxes the linear-network order-parameter ODE to its stationary error",
    Reference = "eq (9), (12)", Size = "K", Deterministic = true)]
[Output("eg", "eps_g after relax/(η_e(2 − η_e)) in α from the specialised state")]
public sealed class OdeStationaryExperiment : Experiment<OdeStationaryParameters>
{
    private static double EffectiveRate(Point point, OdeStationaryParameters p) =>
        LinearScm.EffectiveRate(Ladder.Eta(point, p.Eta), point.Size, p.SecondLayer == "normalised");

    protected override string? Validate(Point point, OdeStationaryParameters parameters) => Ladder.First(
        () => ScmChecks.RequireKAtLeastM(point.Size, parameters.M),
        () => LinearScm.ValidateRate(EffectiveRate(point, parameters)));

    /// <summary>Eq (9) integrated for relax/(η_e(2 − η_e)) in α (<see cref="ScmCost.Integration"/>).</summary>
    protected override ExperimentCost EstimateCost(Point point, OdeStationaryParameters parameters)
    {
        int k = point.Size, m = parameters.M;
        var etaE = EffectiveRate(point, parameters);
        var horizon = etaE > 0 && etaE < 2 ? parameters.Relax / (etaE * (2 - etaE)) : 1e12; // an inadmissible rate is refused by Validate
        return new ExperimentCost(Doubles(20 * ScmCost.State(k, m)), ScmCost.Integration(k, m, Ladder.Eta(point, parameters.Eta) * horizon));
    }

    protected override Observation Run(Point point, OdeStationaryParameters parameters, TheoryValues theory, Rng rng)
    {
        var normalised = parameters.SecondLayer == "normalised";
        var setup = ScmChecks.Setup(Activation.Linear, point.Size, parameters.M, Ladder.Eta(point, parameters.Eta), parameters.Sigma,
            both: false, normalised);
        var ode = new OrderParameterOde(setup, ScmChecks.FrozenV(setup.K, normalised));
        var m = FixedPoints.Specialised(setup);
        // for the normalised SCM the teacher sum is Σ w*_n/M: scale R and Q so that Σ_k v_k w_k equals it
        if (normalised)
        {
            // student i < M copies w*_i·(K/M); superfluous zero: Σ_k (1/K) w_k = Σ_n w*_n/M
            double c = (double)setup.K / setup.M;
            for (var i = 0; i < setup.QCount; i++) m[i] *= c * c;
            for (var i = 0; i < setup.RCount; i++) m[setup.QCount + i] *= c;
        }
        var etaE = EffectiveRate(point, parameters);
        var horizon = parameters.Relax / (etaE * (2 - etaE));
        new DormandPrince45(m.Length) { RelativeTolerance = 1e-11, AbsoluteTolerance = 1e-16 }.Integrate(ode.Rhs, m, 0, horizon);
        return new Observation().Set("eg", ode.Eg(m));
    }
}
