namespace TheoryCheck.Papers.Mahoney.Analysis;

/// <summary>
/// The metrics of one weight matrix, named as the public tool (weightwatcher) names them; see the README section
/// "Weight-matrix analysis" for definitions and the deliberate differences. Null where a metric is undefined
/// (a failed power-law fit, a matrix too small for the phase rules).
/// </summary>
public sealed record WeightMatrixReport
{
    /// <summary>The file.</summary>
    public required string Source { get; init; }
    /// <summary>Larger dimension (the tool's N).</summary>
    public required int N { get; init; }
    /// <summary>Smaller dimension (the tool's M): the number of eigenvalues.</summary>
    public required int M { get; init; }
    /// <summary>Power-law exponent α̂ of the ESD (Clauset fit in the tool's conventions).</summary>
    public double? Alpha { get; init; }
    /// <summary>The fit's KS distance (tool convention).</summary>
    public double? D { get; init; }
    /// <summary>The fit's lower cut-off.</summary>
    public double? Xmin { get; init; }
    /// <summary>Standard error of α̂, (α̂ − 1)/√num_pl_spikes (the tool's "sigma").</summary>
    public double? Sigma { get; init; }
    /// <summary>Eigenvalues at or above xmin.</summary>
    public int? NumPlSpikes { get; init; }
    /// <summary>"over-trained" (α &lt; 2), "under-trained" (α &gt; 6), "failed" (no fit) or empty.</summary>
    public required string Warning { get; init; }
    /// <summary>λ_max of WᵀW = ‖W‖²₂.</summary>
    public required double LambdaMax { get; init; }
    /// <summary>log₁₀ λ_max.</summary>
    public required double LogSpectralNorm { get; init; }
    /// <summary>log₁₀ Σλ = log₁₀ ‖W‖²_F.</summary>
    public required double LogNorm { get; init; }
    /// <summary>α̂·log₁₀ λ_max.</summary>
    public double? AlphaWeighted { get; init; }
    /// <summary>log₁₀ Σλ^α̂.</summary>
    public double? LogAlphaNorm { get; init; }
    /// <summary>Σλ/λ_max.</summary>
    public required double StableRank { get; init; }
    /// <summary>Matrix entropy −Σp ln p / ln(rank), p = λ/Σλ.</summary>
    public required double Entropy { get; init; }
    /// <summary>M − numerical rank.</summary>
    public required int RankLoss { get; init; }
    /// <summary>MP scale of the ESD rescaled to mean 1 (robust median fit).</summary>
    public double? SigmaMp { get; init; }
    /// <summary>MP bulk edge λ⁺ in the units of WᵀW.</summary>
    public double? BulkMax { get; init; }
    /// <summary>Eigenvalues above the MP edge plus the tool's Tracy–Widom margin √TW.</summary>
    public int? NumSpikes { get; init; }
    /// <summary>λ⁺/λ_max.</summary>
    public double? MpSoftrank { get; init; }
    /// <summary>ESD phase: random-like, bulk+spikes, heavy-tailed, rank-collapse (or null when M &lt; 10).</summary>
    public string? Phase { get; init; }
}
