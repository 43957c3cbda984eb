using TheoryCheck.Numerics.PowerLaw;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Fits fixed, formula-defined data sets (no random numbers; catalogue §6 test (c)) with the tool's conventions,
/// by the pruned and by the exhaustive xmin scan. The same formulas are evaluated by the independent numpy route
/// tools/reference/powerlaw_reference.py, whose results <see cref="PowerLawFixtureReferenceTheory"/> records.
/// <list type="bullet">
/// <item>pareto: x_i = ((i + ½)/1000)^(−1/1.5), i &lt; 1000 (quantiles of Pareto(α = 2.5));</item>
/// <item>mixture: 600 body values 0.05 + 0.9·√((i + ½)/600) below 1 and 400 tail values ((j + ½)/400)^(−1/2) (α = 3);</item>
/// <item>ties: the pareto values rounded to one decimal (many ties: distinct candidates, shared CDF steps);</item>
/// <item>threshold: the pareto values times 10⁻⁶ (those ≤ 10⁻⁵ are dropped, as the tool does).</item>
/// </list>
/// </summary>
public sealed class PowerLawFixtureExperiment : Experiment
{
    public static readonly IReadOnlyList<string> Datasets = ["pareto", "mixture", "ties", "threshold"];

    public override string Name => "mahoney.powerlaw-fixture";
    public override string Description => "The tool-convention power-law fit of fixed formula-defined data sets (pruned and exhaustive scans).";
    public override string Reference => "catalogue §6 mahoney.fit.clauset (c); tools/reference/powerlaw_reference.py";
    public override string SizeName => "n";
    public override bool IsDeterministic => true;

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [ParameterSpec.Choice("dataset", "pareto, mixture, ties or threshold (see the class documentation)", Datasets)];

    public override string? Validate(Point point) =>
        point.Size != 1000 ? $"n = {point.Size}: the fixed data sets have n = 1000 values" : null;

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var x = Dataset(point.Text("dataset"));
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
    public static double[] Dataset(string name)
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
