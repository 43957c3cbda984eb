using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>
/// A finite test set of n points with M i.i.d. members (error p, wrong label uniform over the K − 1 others): the
/// empirical EIR and DER of Theisen et al. (2023) and their distance to the population values of the theory, which
/// shrinks like n^(−1/2) (both are smooth functions of sample means).
/// </summary>
[Solver("theisen-ensembles.iid-sampled", "EIR and DER of M i.i.d. members on n sampled test points",
    Reference = "EIR and DER as defined in the paper, estimated on a finite test set of i.i.d. (Condorcet) voters", Size = "n")]
[Output("expected-loss", "empirical E_rho[L], the average error of a member on the n points")]
[Output("mv-loss", "empirical L_MV, ties broken uniformly")]
[Output("disagreement", "empirical D (two members drawn independently, with replacement)")]
[Output("disagreement-distinct", "empirical distinct-pair disagreement M/(M - 1) D")]
[Output("eir", "empirical EIR = (E[L] - L_MV)/E[L]")]
[Output("der", "empirical DER = D/E[L]")]
[Output("lower-bound", "2(K - 1)/K DER - (3K - 4)/K at the empirical DER")]
[Output("upper-slack", "empirical DER - EIR")]
[Output("lower-margin", "empirical EIR - lower-bound")]
[Output("competence-margin", "competence margin of the empirical distribution of W")]
[Output("competent", "1 when the empirical distribution is competent, else 0")]
[Output("k2-lower", "empirical 2E[W^2] - E[L]")]
[Output("k2-upper", "empirical 2E[W^2]")]
[Output("eir-error", "|EIR_n - EIR|, distance of the empirical EIR to the theory's population value")]
[Output("der-error", "|DER_n - DER|, distance of the empirical DER to the theory's population value")]
[ReadsTheory("der", "eir")]
public sealed class IidSampledExperiment : Experiment<IidSampledParameters>
{
    protected override string? Validate(Point point, IidSampledParameters parameters) => parameters.Validate();

    /// <summary>n points × M members of votes (about 3 draws each), measured with pairwise disagreements: ≤ 50·n·(M² + KM).</summary>
    protected override ExperimentCost EstimateCost(Point point, IidSampledParameters parameters)
    {
        double n = point.Size, m = parameters.MembersAt(point), k = parameters.Classes;
        return new ExperimentCost(Doubles(n * (m + 1)), Draws(3 * n * m) + 50 * n * (m * m + k * m));
    }

    protected override Observation Run(Point point, IidSampledParameters parameters, TheoryValues theory, Rng rng)
    {
        int n = point.Size, m = parameters.MembersAt(point), k = parameters.Classes;
        var p = parameters.Error;
        var labels = new int[n];
        var votes = new int[m * n];
        for (var x = 0; x < n; x++)
        {
            labels[x] = rng.Next(k);
            for (var j = 0; j < m; j++)
                votes[j * n + x] = rng.NextDouble() < p ? (labels[x] + 1 + rng.Next(k - 1)) % k : labels[x];
        }
        var r = new FiniteEnsemble(k, m, votes, labels).Measure();
        if (r.ExpectedLoss == 0) throw new InvalidOperationException($"no member erred on any of the {n} points: EIR and DER are undefined");
        return EnsembleOutputs.Set(new Observation(), r)
            .Set("eir-error", Math.Abs(r.ImprovementRate - theory["eir"]))
            .Set("der-error", Math.Abs(r.DisagreementErrorRatio - theory["der"]));
    }
}
