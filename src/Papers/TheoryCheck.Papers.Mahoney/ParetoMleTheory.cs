using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Exact finite-n law of the continuous power-law MLE with xmin known (Clauset, Shalizi and Newman 2009 §3.1):
/// for n Pareto(α, xmin) samples, Σ ln(x_i/xmin) ~ Gamma(n, rate α − 1), so α̂ − 1 = n/Σ has mean
/// (α − 1)·n/(n − 1) and standard deviation (α − 1)·n/((n − 1)√(n − 2)). Catalogue mahoney-rmt-htsr.md §6 test (a).
/// </summary>
public sealed class ParetoMleTheory : Theory
{
    public override string Name => "mahoney.pareto-mle";
    public override string Description => "Mean and sd of the power-law MLE on n exact Pareto(α) samples with xmin known; the planted α.";
    public override string Reference => "Clauset, Shalizi, Newman (2009) eq. (3.1)-(3.2); catalogue §6 mahoney.fit.clauset (a)";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [AlphaParameter()];

    /// <summary>The planted exponent α &gt; 1 of the samples' density x^(−α).</summary>
    public static ParameterSpec AlphaParameter() =>
        ParameterSpec.Real("alpha", "planted exponent α of the density x^(−α) (α > 1)", min: 1, max: 50, minExclusive: true);

    public override string? Validate(Point point) =>
        point.Size < 3 ? $"{point.SizeName} = {point.Size}: the MLE's standard deviation needs n >= 3" : null;

    public override TheoryValues Evaluate(Point point)
    {
        var a = point.Real("alpha") - 1;
        double n = point.Size;
        return new TheoryValues()
            .Set("alpha", a + 1)
            .Set("alpha-mean", 1 + a * n / (n - 1))
            .Set("alpha-sd", a * n / ((n - 1) * Math.Sqrt(n - 2)));
    }
}
