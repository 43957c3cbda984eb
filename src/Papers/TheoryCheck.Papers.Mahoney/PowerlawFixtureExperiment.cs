using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.PowerLaw;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Fits fixed, formula-defined data sets (no random numbers) with the tool's conventions,
/// by the pruned and by the exhaustive xmin scan. The same formulas are evaluated by the independent numpy route
/// tools/reference/powerlaw_reference.py, whose results <see cref="PowerlawFixtureReferenceTheory"/> records.
/// <list type="bullet">
/// <item>pareto: x_i = ((i + ½)/1000)^(−1/1.5), i &lt; 1000 (quantiles of Pareto(α = 2.5));</item>
/// <item>mixture: 600 body values 0.05 + 0.9·√((i + ½)/600) below 1 and 400 tail values ((j + ½)/400)^(−1/2) (α = 3);</item>
/// <item>ties: the pareto values rounded to one decimal (many ties: distinct candidates, shared CDF steps);</item>
/// <item>threshold: the pareto values times 10⁻⁶ (those ≤ 10⁻⁵ are dropped, as the tool does).</item>
/// </list>
/// </summary>
[Solver("mahoney.powerlaw-fixture", "The tool-convention power-law fit of fixed formula-defined data sets (pruned and exhaustive scans).",
    Reference = "Clauset, Shalizi & Newman (2009) §3.3; compared with tools/reference/powerlaw_reference.py", Size = "n", Deterministic = true)]
[Output("alpha", "α̂ (pruned xmin scan)")]
[Output("xmin", "xmin (pruned scan)")]
[Output("d", "KS distance D (tool convention)")]
[Output("n-tail", "values at or above xmin")]
[Output("sigma", "standard error (α̂ − 1)/√n_tail")]
[Output("d-standard", "KS distance D in the standard (two-sided) convention")]
[Output("alpha-exhaustive", "α̂ of the exhaustive xmin scan")]
[Output("d-exhaustive", "D of the exhaustive xmin scan")]
public sealed class PowerlawFixtureExperiment : Experiment<PowerlawFixtureParameters>
{
    protected override string? Validate(Point point, PowerlawFixtureParameters parameters) =>
        point.Size != 1000 ? $"n = {point.Size}: the fixed data sets have n = 1000 values" : null;

    /// <summary>A fixed data set of n = 1000 values, a pruned and an exhaustive power-law fit.</summary>
    protected override ExperimentCost EstimateCost(Point point, PowerlawFixtureParameters parameters) =>
        new(Doubles(6.0 * point.Size), Functions(point.Size) + CostOf.PowerLawFit(point.Size, false) + CostOf.PowerLawFit(point.Size, true));

    protected override Observation Run(Point point, PowerlawFixtureParameters parameters, TheoryValues theory, Rng rng)
    {
        var x = Dataset(parameters.Dataset);
        var fit = ClausetFitter.Fit(x);
        var exhaustive = ClausetFitter.Fit(x, PowerLawFitOptions.Default with { Scan = XminScan.Exhaustive });
        return new Observation()
            .Set("alpha", fit.Alpha)
            .Set("xmin", fit.Xmin)
            .Set("d", fit.D)
            .Set("n-tail", fit.NTail)
            .Set("sigma", fit.Sigma)
            .Set("d-standard", fit.DStandard)
            .Set("alpha-exhaustive", exhaustive.Alpha)
            .Set("d-exhaustive", exhaustive.D);
    }

    /// <summary>The named data set (1000 values).</summary>
    internal static double[] Dataset(string name)
    {
        var pareto = Enumerable.Range(0, 1000).Select(i => PortableMath.Pow((i + 0.5) / 1000, -1 / 1.5)).ToArray();
        return name switch
        {
            "pareto" => pareto,
            "mixture" => Enumerable.Range(0, 600).Select(i => 0.05 + 0.9 * Math.Sqrt((i + 0.5) / 600))
                .Concat(Enumerable.Range(0, 400).Select(j => PortableMath.Pow((j + 0.5) / 400, -0.5))).ToArray(),
            "ties" => pareto.Select(v => Math.Round(10 * v, MidpointRounding.ToEven) / 10).ToArray(),
            "threshold" => pareto.Select(v => v * 1e-6).ToArray(),
            _ => throw new ArgumentException($"unknown data set '{name}'"),
        };
    }
}
