using MathNet.Numerics.Distributions;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>
/// A generator of small random ensembles for searching the theorem of Theisen et al. (2023) for counterexamples: K ∈ 2..5 classes,
/// M ∈ 2..11 members, n ∈ 5..59 points, a per-point difficulty q_x ~ Beta(a, b) with a, b ~ U[0.2, 5]; each member
/// errs at x independently with probability q_x, a wrong vote going uniformly to one of the K − 1 other classes.
/// Hard points (q_x &gt; 1/2) make a good share of the ensembles incompetent, which is what exercises the theorem's
/// assumption.
/// </summary>
internal static class RandomEnsembles
{
    /// <summary>One random ensemble on its own small data set.</summary>
    public static FiniteEnsemble Draw(Rng rng)
    {
        var k = 2 + rng.Next(4);
        var m = 2 + rng.Next(10);
        var n = 5 + rng.Next(55);
        double a = 0.2 + 4.8 * rng.NextDouble(), b = 0.2 + 4.8 * rng.NextDouble();
        var labels = new int[n];
        var votes = new int[m * n];
        for (var x = 0; x < n; x++)
        {
            labels[x] = rng.Next(k);
            var q = Beta.Sample(rng, a, b);
            for (var j = 0; j < m; j++)
            {
                var vote = labels[x];
                if (rng.NextDouble() < q) vote = (labels[x] + 1 + rng.Next(k - 1)) % k;
                votes[j * n + x] = vote;
            }
        }
        return new FiniteEnsemble(k, m, votes, labels);
    }
}
