using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Exact finite-n law of the continuous power-law MLE with xmin known (Clauset, Shalizi and Newman 2009 §3.1):
/// for n Pareto(α, xmin) samples, Σ ln(x_i/xmin) ~ Gamma(n, rate α − 1), so α̂ − 1 = n/Σ has mean
/// (α − 1)·n/(n − 1) and standard deviation (α − 1)·n/((n − 1)√(n − 2)).
/// </summary>
[Solver("mahoney.pareto-mle", "Mean and sd of the power-law MLE on n exact Pareto(α) samples with xmin known; the planted α.",
    Reference = "Clauset, Shalizi & Newman (2009) §3.1 (MLE with xmin known)")]
[Output("alpha", "the planted exponent α")]
[Output("alpha-mean", "E[α̂] = 1 + (α − 1) n/(n − 1)")]
[Output("alpha-sd", "sd of α̂ = (α − 1) n/((n − 1)√(n − 2))")]
public sealed class ParetoMleTheory : Theory<ParetoParameters>
{
    protected override string? Validate(Point point, ParetoParameters parameters) =>
        point.Size < 3 ? $"{point.SizeName} = {point.Size}: the MLE's standard deviation needs n >= 3" : null;

    protected override TheoryValues Evaluate(Point point, ParetoParameters parameters)
    {
        var a = parameters.Alpha - 1;
        double n = point.Size;
        return new TheoryValues()
            .Set("alpha", a + 1)
            .Set("alpha-mean", 1 + a * n / (n - 1))
            .Set("alpha-sd", a * n / ((n - 1) * Math.Sqrt(n - 2)));
    }
}
