using TheoryCheck.Numerics.PowerLaw;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Lognormal body + Pareto tail (catalogue §6 test (b)): of n values, a fraction f is Pareto(α) above x₀ = 1
/// (x = U^(−1/(α−1))) and the rest lognormal (ln x ~ N(−1, 0.5²)) kept below x₀ by rejection, so the law above x₀ is
/// exactly Pareto(α, x₀). The tool's fit chooses xmin by KS; measures α̂, whether |α̂ − α| ≤ 3σ̂, xmin/x₀ and the
/// recovered tail size over the planted one.
/// </summary>
public sealed class ParetoMixtureFitExperiment : Experiment
{
    public override string Name => "mahoney.pareto-mixture-fit";
    public override string Description => "Power-law fit with xmin free on a lognormal body plus a Pareto tail above x0 = 1.";
    public override string Reference => "Clauset, Shalizi, Newman (2009) §3.3; catalogue §6 mahoney.fit.clauset (b)";
    public override string SizeName => "n";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        ParetoMleTheory.AlphaParameter(),
        ParameterSpec.Real("tail-fraction", "fraction f of the n values drawn from the Pareto tail", min: 0, max: 1, minExclusive: true, @default: 0.3),
    ];

    public override string? Validate(Point point)
    {
        var tail = (int)Math.Round(point.Real("tail-fraction") * point.Size);
        if (tail < 10) return $"the planted tail has {tail} values: needs at least 10 (raise n or tail-fraction)";
        return point.Size > 10_000_000 ? "n is limited to 1e7" : null;
    }

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var tail = (int)Math.Round(point.Real("tail-fraction") * n);
        var power = -1 / (point.Real("alpha") - 1);
        var x = new double[n];
        for (var i = 0; i < tail; i++) x[i] = PortableMath.Pow(1 - rng.NextDouble(), power);
        for (var i = tail; i < n; i++)
        {
            double v;
            do v = PortableMath.Exp(-1 + 0.5 * rng.NextGaussian()); while (v >= 1);
            x[i] = v;
        }
        var fit = ClausetFitter.Fit(x, new PowerLawFitOptions { Threshold = 0 });
        return new Observation()
            .Set("alpha", fit.Alpha)
            .Set("within-3-sigma", Math.Abs(fit.Alpha - theory["alpha"]) <= 3 * fit.Sigma ? 1 : 0)
            .Set("xmin", fit.Xmin)
            .Set("tail-recovered", (double)fit.NTail / tail)
            .Set("d", fit.D);
    }
}
