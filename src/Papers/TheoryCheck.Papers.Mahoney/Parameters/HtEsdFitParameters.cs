using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the power-law fit of the ESD of heavy-tailed WᵀW.</summary>
public sealed record HtEsdFitParameters
{
    [Parameter("Q", "aspect ratio N/M of W (N rows, M columns); the claims need Q >= 1", Min = 1, Max = 1e6)]
    public double Q { get; init; }

    [Parameter("mu", "tail index μ of the entries, P(|W| > x) = x^(−μ) for x >= 1 (μ >= 0.5 keeps the spectrum computable)", Min = 0.5, Max = 20)]
    public double Mu { get; init; }

    [Parameter("law", "entries: symmetric-pareto (s·U^(−1/μ)), lomax (U^(−1/μ) − 1), or gaussian (control)", Choices = new[] { "symmetric-pareto", "lomax", "gaussian" }, Default = "symmetric-pareto")]
    public string Law { get; init; } = "symmetric-pareto";
}
