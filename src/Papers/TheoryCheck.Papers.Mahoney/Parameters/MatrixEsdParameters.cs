using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>A user's matrix W (a file) and the entry variance σ² of the MP law its ESD is compared with.</summary>
public sealed record MatrixEsdParameters
{
    [Parameter("matrix", "the matrix W: .npy (float32/float64, 2-D) or CSV (one row per line); relative to the spec's folder (eval: the current folder)", File = true)]
    public string Matrix { get; init; } = "";

    [Parameter("sigma2", "entry variance σ² of the MP law; 0 fits it as the mean eigenvalue tr(X)/M (the mean of MP(c, σ²) is σ²)", Min = 0, Max = 1e12, Default = 0.0)]
    public double Sigma2 { get; init; }
}
