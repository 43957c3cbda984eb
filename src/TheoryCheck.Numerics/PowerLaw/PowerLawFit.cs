namespace TheoryCheck.Numerics.PowerLaw;

/// <summary>How the lower cut-off is searched when it is not given (both give the same fit; see <see cref="ClausetFitter"/>).</summary>
public enum XminScan
{
    /// <summary>Lower bounds of every candidate's distance first, exact distances only where they can still win: same answer, far fewer evaluations.</summary>
    Pruned,
    /// <summary>Every candidate's exact distance, as the public tool's loop does (O(n²)): the reference route.</summary>
    Exhaustive,
}

/// <summary>
/// Settings of a continuous power-law fit. The defaults are the public tool's (weightwatcher's fitter, catalogue
/// mahoney-rmt-htsr.md §6): values ≤ 1e-5 are dropped, xmin is chosen by the minimal KS distance, no xmax.
/// </summary>
public sealed record PowerLawFitOptions
{
    /// <summary>The tool's defaults.</summary>
    public static PowerLawFitOptions Default { get; } = new();

    /// <summary>A fixed lower cut-off (need not be a data value); null: chosen by the minimal KS distance.</summary>
    public double? Xmin { get; init; }

    /// <summary>
    /// An upper cut-off: data above it are dropped and the density is renormalised on [xmin, xmax] (the truncated
    /// MLE). The older public library trims without renormalising, which biases α upwards (catalogue §6 pitfalls).
    /// </summary>
    public double? Xmax { get; init; }

    /// <summary>Values ≤ this are dropped before fitting (the public tool's CPU default 1e-5; 0 keeps every positive value).</summary>
    public double Threshold { get; init; } = 1e-5;

    /// <summary>How xmin is searched.</summary>
    public XminScan Scan { get; init; } = XminScan.Pruned;
}

/// <summary>
/// A continuous power-law fit p(x) ∝ x^(−α) on [xmin, xmax]: the exponent, the cut-offs, the KS distances in the
/// public tool's convention (<see cref="D"/>) and the textbook two-sided one (<see cref="DStandard"/>), the tail
/// size and the standard error of α.
/// </summary>
/// <param name="Alpha">Maximum-likelihood exponent α̂.</param>
/// <param name="Xmin">Lower cut-off.</param>
/// <param name="Xmax">Upper cut-off, or null.</param>
/// <param name="D">max_j |F(x_(j)) − j/n| over the tail (empirical CDF = fraction strictly below; the tool's distance).</param>
/// <param name="DStandard">Two-sided KS distance max_j max(F − j/n, (j+1)/n − F).</param>
/// <param name="NTail">Number of data in [xmin, xmax] (xmin included): the tool's num_pl_spikes.</param>
/// <param name="NData">Number of data after dropping values ≤ the threshold.</param>
/// <param name="Sigma">Standard error of α̂ from the Fisher information: (α̂ − 1)/√n without xmax.</param>
/// <param name="Candidates">xmin values scanned (0 for a fixed xmin).</param>
/// <param name="ExactEvaluations">Candidates whose distance was evaluated on every tail point.</param>
public sealed record PowerLawFit(
    double Alpha, double Xmin, double? Xmax, double D, double DStandard, int NTail, int NData, double Sigma,
    int Candidates, int ExactEvaluations)
{
    /// <summary>The tool's labels: "over-trained" when α̂ &lt; 2, "under-trained" when α̂ &gt; 6, else empty.</summary>
    public string Warning => Alpha < 2 ? "over-trained" : Alpha > 6 ? "under-trained" : "";
}
