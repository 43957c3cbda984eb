namespace TheoryCheck.Papers.Ensembles;

/// <summary>
/// A finite ensemble h_1..h_M (weights ρ_j; uniform unless given) of K-class classifiers on a finite data set
/// (points x with labels y and probabilities π_x; uniform unless given — the empirical distribution, so every
/// quantity of the theorem of Theisen et al. (2023) is an exact finite sum). Votes are stored member-major:
/// <c>votes[j * points + x]</c> = h_j(x).
/// With uniform member weights all counting is in integers: the wrong-vote count c(x) gives W = c/M (never
/// 1 − p_y, which leaves 1e-16 residues), the disagreement is (M² − Σ_k n_k²)/M², and
/// competence is checked at t = k/M only, with integer counts.
/// </summary>
internal sealed class FiniteEnsemble
{
    private readonly int[] _votes;
    private readonly int[] _labels;
    private readonly double[]? _pointWeights;
    private readonly double[]? _memberWeights;

    public FiniteEnsemble(int classes, int members, int[] votes, int[] labels, double[]? pointWeights = null, double[]? memberWeights = null)
    {
        if (classes < 2) throw new ArgumentException($"an ensemble of classifiers needs K >= 2 classes, got {classes}");
        if (members < 1) throw new ArgumentException($"an ensemble needs at least one member, got {members}");
        if (votes.Length != members * labels.Length)
            throw new ArgumentException($"{votes.Length} votes for {members} members and {labels.Length} points");
        if (votes.Any(v => v < 0 || v >= classes) || labels.Any(v => v < 0 || v >= classes))
            throw new ArgumentException($"votes and labels must be classes 0..{classes - 1}");
        if (pointWeights is not null && (pointWeights.Length != labels.Length || Math.Abs(CompensatedSum.Of(pointWeights) - 1) > 1e-12))
            throw new ArgumentException("point weights must be one per point and sum to 1");
        if (memberWeights is not null && (memberWeights.Length != members || Math.Abs(memberWeights.Sum() - 1) > 1e-12 || memberWeights.Any(w => w < 0)))
            throw new ArgumentException("member weights must be one per member, non-negative, and sum to 1");
        Classes = classes;
        Members = members;
        _votes = votes;
        _labels = labels;
        _pointWeights = pointWeights;
        _memberWeights = memberWeights;
    }

    public int Classes { get; }
    public int Members { get; }
    public int Points => _labels.Length;

    private double PointWeight(int x) => _pointWeights?[x] ?? 1.0 / Points;

    /// <summary>W(x): the weighted fraction of members wrong at x (c(x)/M for uniform weights).</summary>
    public double[] ErrorFractions()
    {
        var w = new double[Points];
        for (var x = 0; x < Points; x++)
        {
            double wrong = 0;
            for (var j = 0; j < Members; j++)
                if (_votes[j * Points + x] != _labels[x]) wrong += _memberWeights?[j] ?? 1;
            w[x] = _memberWeights is null ? wrong / Members : wrong;
        }
        return w;
    }

    public EnsembleMeasures Measure()
    {
        int n = Points, m = Members, k = Classes;
        var mass = new double[k];
        // Compensated sums: an expanded population has up to millions of weighted points (K^M vote patterns), and
        // plain summation drifts by ~1e-13 there.
        CompensatedSum el = default, mv = default, dis = default, w2 = default, half = default;
        var wrongCounts = _memberWeights is null ? new int[n] : null;
        for (var x = 0; x < n; x++)
        {
            Array.Clear(mass);
            for (var j = 0; j < m; j++) mass[_votes[j * n + x]] += _memberWeights?[j] ?? 1; // integers when uniform
            var y = _labels[x];
            double wrong = 0;
            for (var c = 0; c < k; c++) if (c != y) wrong += mass[c];
            var total = _memberWeights is null ? m : 1.0;
            var wx = wrong / total;
            double sumSq = 0, max = double.NegativeInfinity;
            for (var c = 0; c < k; c++)
            {
                sumSq += mass[c] * mass[c];
                max = Math.Max(max, mass[c]);
            }
            var ties = 0;
            for (var c = 0; c < k; c++) if (mass[c] == max) ties++;
            var mvError = mass[y] == max ? (ties - 1.0) / ties : 1.0;
            var px = PointWeight(x);
            el.Add(px * wx);
            mv.Add(px * mvError);
            dis.Add(px * (total * total - sumSq) / (total * total));
            w2.Add(px * wx * wx);
            if (2 * wrong >= total) half.Add(px);
            if (wrongCounts is not null) wrongCounts[x] = (int)wrong;
        }
        var selfPair = _memberWeights is null ? 1.0 / m : _memberWeights.Sum(r => r * r);
        return new EnsembleMeasures
        {
            Classes = k, ExpectedLoss = el.Value, MajorityVoteLoss = mv.Value, Disagreement = dis.Value,
            DistinctPairDisagreement = selfPair < 1 ? dis.Value / (1 - selfPair) : 0,
            SecondMoment = w2.Value, HalfOrMoreWrong = half.Value,
            CompetenceMargin = wrongCounts is not null ? IntegerCompetenceMargin(wrongCounts) : GeneralCompetenceMargin(ErrorFractions()),
        };
    }

    /// <summary>
    /// Uniform member weights: both sides of the competence condition are step functions of t that jump only at
    /// multiples of 1/M, so t = k/M, k = 0..⌊M/2⌋ suffice: #{c ≥ k, 2c &lt; M} − #{2c ≥ M, c ≤ M − k}.
    /// For odd M the last piece t ∈ (⌊M/2⌋/M, 1/2] has both sides empty (difference 0), so the margin — the minimum
    /// over all t ∈ [0, 1/2] — is never positive: 0 exactly for a competent ensemble, negative otherwise.
    /// </summary>
    private double IntegerCompetenceMargin(int[] wrong)
    {
        var m = Members;
        var best = m % 2 == 1 ? 0.0 : double.PositiveInfinity;
        for (var k = 0; 2 * k <= m; k++)
        {
            double a = 0, b = 0;
            for (var x = 0; x < wrong.Length; x++)
            {
                var c = wrong[x];
                if (c >= k && 2 * c < m) a += _pointWeights?[x] ?? 1;
                if (2 * c >= m && c <= m - k) b += _pointWeights?[x] ?? 1;
            }
            best = Math.Min(best, _pointWeights is null ? (a - b) / wrong.Length : a - b);
        }
        return best;
    }

    /// <summary>
    /// Any weights: the condition P(W ∈ [t, 1/2)) ≥ P(W ∈ [1/2, 1 − t]) is checked at every candidate
    /// t ∈ ({W(x)} ∪ {1 − W(x)} ∪ {0, 1/2}) ∩ [0, 1/2], and just above each (the left side jumps down after t = W(x),
    /// the right side after 1 − t passes below W(x)); comparisons allow 1e-12 for rounding of the weight sums.
    /// An independent route to the integer check for uniform weights.
    /// </summary>
    public double GeneralCompetenceMargin(double[] w)
    {
        const double eps = 1e-12;
        var candidates = new SortedSet<double> { 0, 0.5 };
        foreach (var v in w)
        {
            if (v <= 0.5) candidates.Add(v);
            if (1 - v <= 0.5 && 1 - v >= 0) candidates.Add(1 - v);
        }
        var best = double.PositiveInfinity;
        foreach (var t0 in candidates)
            foreach (var t in new[] { t0, Math.Min(0.5, t0 + 1e-9) })
            {
                double a = 0, b = 0;
                for (var x = 0; x < w.Length; x++)
                {
                    if (w[x] >= t - eps && w[x] < 0.5 - eps) a += PointWeight(x);
                    if (w[x] >= 0.5 - eps && w[x] <= 1 - t + eps) b += PointWeight(x);
                }
                best = Math.Min(best, a - b);
            }
        return best;
    }
}
