using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of X = WᵀW/N for W with iid entries: aspect ratio, entry scale and entry law.</summary>
public sealed record WishartParameters
{
    [Parameter("Q", "aspect ratio N/M of W (N rows, M columns); the claims need Q >= 1", Min = 1, Max = 1e6)]
    public double Q { get; init; }

    [Parameter("sigma", "standard deviation of the entries of W", Min = 0, MinExclusive = true, Max = 1e6, Default = 1.0)]
    public double Sigma { get; init; } = 1;

    [Parameter("entries", "law of the entries: gaussian, or rademacher (±sigma)", Choices = new[] { "gaussian", "rademacher" }, Default = "gaussian")]
    public string Entries { get; init; } = "gaussian";
}
