using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the PL–norm relation measured on heavy-tailed W and on tW.</summary>
public sealed record HtNormRelationParameters
{
    [Parameter("Q", "aspect ratio N/M of W (N rows, M columns); the claims need Q >= 1", Min = 1, Max = 1e6)]
    public double Q { get; init; }

    [Parameter("mu", "tail index μ of the entries, P(|W| > x) = x^(−μ) for x >= 1 (μ >= 0.5 keeps the spectrum computable)", Min = 0.5, Max = 20)]
    public double Mu { get; init; }

    [Parameter("law", "entries: symmetric-pareto (s·U^(−1/μ)), lomax (U^(−1/μ) − 1), or gaussian (control)", Choices = new[] { "symmetric-pareto", "lomax", "gaussian" }, Default = "symmetric-pareto")]
    public string Law { get; init; } = "symmetric-pareto";

    [Parameter("scale", "factor t of the rescaled copy tW used for the scale identities", Min = 1e-3, Max = 1e3, Default = 2.0)]
    public double Scale { get; init; } = 2;
}
