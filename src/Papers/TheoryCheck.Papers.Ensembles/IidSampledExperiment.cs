using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>
/// A finite test set of n points with M i.i.d. members (error p, wrong label uniform over the K − 1 others): the
/// empirical EIR and DER and their distance to the population values of the theory, which shrinks like n^(−1/2)
/// (catalogue §2.3 "condorcet-convergence").
/// </summary>
public sealed class IidSampledExperiment : Experiment
{
    public override string Name => "theisen-ensembles.iid-sampled";
    public override string Description => "EIR and DER of M i.i.d. members on n sampled test points";
    public override string Reference => "catalogue montanari-urbani-and-ensembles.md §2.3 'condorcet-convergence'";
    public override string SizeName => "n";
    public override IReadOnlyList<ParameterSpec> Parameters => EnsembleFamilies.All;

    public override string? Validate(Point point) =>
        point.Text("family") != "iid" ? "the sampled experiment draws i.i.d. members: family must be iid" : null;

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        int n = point.Size, m = EnsembleFamilies.MembersOf(point), k = point.Integer("classes");
        var p = point.Real("error");
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
