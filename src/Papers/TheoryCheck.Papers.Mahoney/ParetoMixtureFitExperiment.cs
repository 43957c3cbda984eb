using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.PowerLaw;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Lognormal body + Pareto tail: of n values, a fraction f is Pareto(α) above x₀ = 1
/// (x = U^(−1/(α−1))) and the rest lognormal (ln x ~ N(−1, 0.5²)) kept below x₀ by rejection, so the law above x₀ is
/// exactly Pareto(α, x₀). The tool's fit chooses xmin by KS; measures α̂, whether |α̂ − α| ≤ 3σ̂, xmin/x₀ and the
/// recovered tail size over the planted one.
/// </summary>
[Solver("mahoney.pareto-mixture-fit", "Power-law fit with xmin free on a lognormal body plus a Pareto tail above x0 = 1.",
    Reference = "Clauset, Shalizi & Newman (2009) §3.3", Size = "n")]
[Output("alpha", "α̂ with xmin chosen by minimal KS distance")]
[Output("within-3-sigma", "1 when |α̂ − α| <= 3σ̂, else 0")]
[Output("xmin", "the fitted xmin (x₀ = 1 planted)")]
[Output("tail-recovered", "n_tail / planted tail size")]
[Output("d", "KS distance D of the fit")]
[ReadsTheory("alpha")]
public sealed class ParetoMixtureFitExperiment : Experiment<ParetoMixtureParameters>
{
    protected override string? Validate(Point point, ParetoMixtureParameters parameters)
    {
        var tail = (int)Math.Round(parameters.TailFraction * point.Size);
        if (tail < 10) return $"the planted tail has {tail} values: needs at least 10 (raise n or tail-fraction)";
        return point.Size > 10_000_000 ? "n is limited to 1e7" : null;
    }

    /// <summary>n draws (a lognormal body, by rejection below 1: at most 3 tries on average, and a Pareto tail) and a pruned power-law fit with x_min free.</summary>
    protected override ExperimentCost EstimateCost(Point point, ParetoMixtureParameters parameters)
    {
        double n = point.Size;
        return new ExperimentCost(Doubles(6 * n), 3 * (Draws(n) + Functions(n)) + CostOf.PowerLawFit(n, false));
    }

    protected override Observation Run(Point point, ParetoMixtureParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var tail = (int)Math.Round(parameters.TailFraction * n);
        var power = -1 / (parameters.Alpha - 1);
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
