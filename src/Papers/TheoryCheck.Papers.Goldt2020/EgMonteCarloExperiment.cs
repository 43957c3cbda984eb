using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Monte Carlo estimate of eps_g = ½⟨(φ(x) − φ*(x))²⟩ (Goldt et al. eq (4)) over P inputs x ~ N(0, I_N) for the
/// <see cref="SanityWeights"/>, without label noise.
/// </summary>
[Solver("goldt2020.eg-monte-carlo", "Monte Carlo average of ½(φ − φ*)² over P Gaussian inputs (no label noise)",
    Reference = "eq (4)", Size = "P")]
[Output("eg", "Monte Carlo mean of ½(φ(x) − φ*(x))², eq (4)")]
[Output("se", "standard error of the Monte Carlo mean")]
[Output("abs-error", "|eg − theory eg|")]
[Output("z", "(eg − theory eg)/se")]
[ReadsTheory(Optional = new[] { "eg" })]
public sealed class EgMonteCarloExperiment : Experiment<ActivationParameters>
{
    /// <summary>Per input: N Gaussian draws and K + M dot products of length N (2N each) and activations; one input vector in memory.</summary>
    protected override ExperimentCost EstimateCost(Point point, ActivationParameters parameters)
    {
        double n = SanityWeights.N, units = SanityWeights.V.Length + SanityWeights.VStar.Length;
        return new ExperimentCost(8 * n, point.Size * (CostTerms.Draws(n) + 2 * n * units + CostTerms.Functions(units)) * 2);
    }

    protected override Observation Run(Point point, ActivationParameters parameters, TheoryValues theory, Rng rng)
    {
        var g = ScmChecks.Act(parameters.Activation);
        int n = SanityWeights.N, k = SanityWeights.V.Length, m = SanityWeights.VStar.Length;
        var x = new double[n];
        var invSqrtN = 1 / Math.Sqrt(n);
        double sum = 0, sum2 = 0;
        for (var s = 0; s < point.Size; s++)
        {
            Ziggurat.Fill(rng, x);
            double diff = 0;
            for (var i = 0; i < k; i++)
                diff += SanityWeights.V[i] * Activations.Value(g, FixedOrder.Dot(SanityWeights.W.AsSpan(i * n, n), x) * invSqrtN);
            for (var j = 0; j < m; j++)
                diff -= SanityWeights.VStar[j] * Activations.Value(g, FixedOrder.Dot(SanityWeights.WStar.AsSpan(j * n, n), x) * invSqrtN);
            var e = 0.5 * diff * diff;
            sum += e;
            sum2 += e * e;
        }
        var p = (double)point.Size;
        var mean = sum / p;
        var se = Math.Sqrt(Math.Max(0, sum2 / p - mean * mean) / (p - 1));
        var obs = new Observation().Set("eg", mean).Set("se", se);
        if (theory.Scalars.TryGetValue("eg", out var th))
            obs.Set("abs-error", Math.Abs(mean - th)).Set("z", (mean - th) / se);
        return obs;
    }
}
