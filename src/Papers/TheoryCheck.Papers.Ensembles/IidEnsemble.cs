using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Ensembles;

/// <summary>
/// The population of M i.i.d. ("Condorcet") members: each errs with probability p, a wrong vote going uniformly to
/// one of the K − 1 other classes (Condorcet's jury setting, with which Theisen et al. (2023) open).
/// Two routes: <see cref="Exact"/> enumerates the multinomial vote splits (n_y, n_1 … n_{K−1}) — the analytic solver —
/// and <see cref="PatternExpansion"/> writes the population as a weighted finite data set of all K^M vote patterns,
/// on which <see cref="FiniteEnsemble"/> computes the same quantities by its own definitions.
/// </summary>
internal static class IidEnsemble
{
    /// <summary>The exact population quantities by enumeration over vote splits (true class 0 by symmetry).</summary>
    public static EnsembleMeasures Exact(int classes, int members, double p)
    {
        int k = classes, m = members;
        var q = new double[k];
        q[0] = 1 - p;
        for (var c = 1; c < k; c++) q[c] = p / (k - 1);
        var counts = new int[k];
        double el = 0, mv = 0, dis = 0, w2 = 0, half = 0;
        var wrongDist = new double[m + 1]; // P(c = number of wrong votes)
        // prob = M!/Π n_k! · Π q_k^{n_k}, built as a product of binomial coefficients and powers (a few ulps;
        // exp of log-factorials would lose ~1e-14 relative at M = 7).
        void Visit(int cls, int left, double weight)
        {
            if (cls == k - 1)
            {
                counts[cls] = left;
                var prob = weight * PortableMath.Pow(q[cls], left);
                var wrong = m - counts[0];
                var w = (double)wrong / m;
                var max = counts.Max();
                var ties = counts.Count(c => c == max);
                double sumSq = 0;
                foreach (var c in counts) sumSq += (double)c * c;
                el += prob * w;
                mv += prob * (counts[0] == max ? (ties - 1.0) / ties : 1.0);
                dis += prob * ((double)m * m - sumSq) / ((double)m * m);
                w2 += prob * w * w;
                if (2 * wrong >= m) half += prob;
                wrongDist[wrong] += prob;
                return;
            }
            for (var c = 0; c <= left; c++)
            {
                counts[cls] = c;
                Visit(cls + 1, left - c, weight * Binomial(left, c) * PortableMath.Pow(q[cls], c));
            }
        }
        Visit(0, m, 1);
        return new EnsembleMeasures
        {
            Classes = k, ExpectedLoss = el, MajorityVoteLoss = mv, Disagreement = dis,
            DistinctPairDisagreement = m > 1 ? dis * m / (m - 1) : 0, SecondMoment = w2, HalfOrMoreWrong = half,
            CompetenceMargin = CompetenceMargin(wrongDist, m),
        };
    }

    /// <summary>min over t ∈ [0, 1/2] of P(W ∈ [t, 1/2)) − P(W ∈ [1/2, 1 − t]), W = c/M, c ~ Bin(M, p) the wrong-vote count.</summary>
    private static double CompetenceMargin(double[] wrongDist, int m)
    {
        var best = m % 2 == 1 ? 0.0 : double.PositiveInfinity; // t ∈ (⌊M/2⌋/M, 1/2]: both sides empty
        for (var k = 0; 2 * k <= m; k++)
        {
            double a = 0, b = 0;
            for (var c = 0; c <= m; c++)
            {
                if (c >= k && 2 * c < m) a += wrongDist[c];
                if (2 * c >= m && c <= m - k) b += wrongDist[c];
            }
            best = Math.Min(best, a - b);
        }
        return best;
    }

    /// <summary>The population as a weighted finite data set: every vote pattern (K^M of them), true class 0.</summary>
    public static FiniteEnsemble PatternExpansion(int classes, int members, double p)
    {
        var patterns = 1;
        for (var j = 0; j < members; j++)
        {
            patterns *= classes;
            if (patterns > 5_000_000) throw new ArgumentException($"{classes}^{members} vote patterns are too many to expand");
        }
        var votes = new int[members * patterns];
        var weights = new double[patterns];
        for (var x = 0; x < patterns; x++)
        {
            var code = x;
            double prob = 1;
            for (var j = 0; j < members; j++)
            {
                var v = code % classes;
                code /= classes;
                votes[j * patterns + x] = v;
                prob *= v == 0 ? 1 - p : p / (classes - 1);
            }
            weights[x] = prob;
        }
        // Renormalise the rounding of the products (Σ weights = 1 to ~1e-16).
        var total = CompensatedSum.Of(weights);
        for (var x = 0; x < patterns; x++) weights[x] /= total;
        return new FiniteEnsemble(classes, members, votes, new int[patterns], weights);
    }

    /// <summary>Closed forms for K = 2, M = 3 (sum over the 0–3 wrong votes of Bin(3, p)): E[L] = p, L_MV = 3p² − 2p³, D = (4/3)p(1 − p).</summary>
    public static (double ExpectedLoss, double MajorityVoteLoss, double Disagreement) TwoClassThreeMembers(double p) =>
        (p, 3 * p * p - 2 * p * p * p, 4.0 / 3 * p * (1 - p));

    /// <summary>Population disagreement of i.i.d. members: ((M − 1)/M)·[1 − (1 − p)² − p²/(K − 1)].</summary>
    public static double Disagreement(int classes, int members, double p) =>
        (members - 1.0) / members * (1 - (1 - p) * (1 - p) - p * p / (classes - 1));

    /// <summary>C(n, k) by the multiplicative formula (exact in double up to C(66, 33)).</summary>
    private static double Binomial(int n, int k)
    {
        k = Math.Min(k, n - k);
        double b = 1;
        for (var i = 1; i <= k; i++) b = b * (n - k + i) / i;
        return b;
    }
}
