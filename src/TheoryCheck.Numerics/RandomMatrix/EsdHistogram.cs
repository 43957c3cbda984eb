namespace TheoryCheck.Numerics.RandomMatrix;

/// <summary>
/// The ESD histogram the report draws against the Marchenko–Pastur density (the MP figure of Mahoney's 2023 slides,
/// "Random Matrix Theory 102"): <see cref="Bins"/> equal bins on [0, 1.2 λ⁺], a grid fixed by (c, σ²) so every seed and
/// the theory use the same one. The experiment's y is count/(M·width); the theory's is the MP mass of the bin over its
/// width, i.e. the density averaged over the bin — the histogram's expectation, also at the 1/√x edge of c = 1.
/// </summary>
public static class EsdHistogram
{
    public const int Bins = 40;

    /// <summary>Bin edges (Bins + 1 of them); 1.2 λ⁺ leaves room for the largest eigenvalue's O(M^−2/3) excursion.</summary>
    public static double[] Edges(double c, double sigma2)
    {
        var top = 1.2 * MarchenkoPastur.UpperEdge(c, sigma2);
        return Enumerable.Range(0, Bins + 1).Select(i => top * i / Bins).ToArray();
    }

    public static double[] Centres(double[] edges) => Enumerable.Range(0, edges.Length - 1).Select(i => (edges[i] + edges[i + 1]) / 2).ToArray();

    /// <summary>Empirical density of the eigenvalues on the bins (mass beyond the last edge is left out, as in a plot).</summary>
    public static double[] Density(IReadOnlyList<double> eigenvalues, double[] edges)
    {
        var width = edges[1] - edges[0];
        var counts = new double[edges.Length - 1];
        foreach (var x in eigenvalues)
        {
            var bin = (int)Math.Floor(x / width);
            if (bin >= 0 && bin < counts.Length) counts[bin]++;
        }
        for (var i = 0; i < counts.Length; i++) counts[i] /= eigenvalues.Count * width;
        return counts;
    }

    /// <summary>MP mass of each bin over its width (closed-form CDF differences).</summary>
    public static double[] TheoryDensity(double[] edges, double c, double sigma2) =>
        Enumerable.Range(0, edges.Length - 1)
            .Select(i => (MarchenkoPastur.Cdf(edges[i + 1], c, sigma2) - MarchenkoPastur.Cdf(edges[i], c, sigma2)) / (edges[i + 1] - edges[i]))
            .ToArray();
}
