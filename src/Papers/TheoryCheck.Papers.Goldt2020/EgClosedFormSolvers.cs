using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>Fixed weights used by claim 1: the sanity set of catalogue §1 (N = 5, M = 2, K = 3, random v, v*, non-identity T).</summary>
public static class SanityWeights
{
    public const int N = 5;
    public static readonly double[] WStar =
    [
        -0.878181, -0.675171, 0.200794, -0.385201, -1.47387,
        -0.0760653, -0.450636, 0.887182, 0.376101, -0.0873384,
    ];
    public static readonly double[] VStar = [0.965846, -1.40304];
    public static readonly double[] W =
    [
        1.04404, 0.583583, 1.43897, 0.963895, 0.795075,
        -0.864295, -0.911849, 2.02883, 0.783554, -1.01488,
        -0.451547, -0.772216, 0.780296, 0.799456, -0.0126815,
    ];
    public static readonly double[] V = [-1.3598, -0.0671005, -0.395626];
}

/// <summary>
/// eps_g of fixed weights by the order-parameter closed form (Goldt et al. eq (4)–(6), SM eq S31; catalogue §0.2, §1).
/// Value: <c>eg</c>.
/// </summary>
public sealed class EgClosedFormTheory : Theory
{
    public override string Name => "goldt2020.eg-closed-form";
    public override string Description => "eps_g = ½ Σ u_a u_b I2(a,b) on Q = wwᵀ/N, R = ww*ᵀ/N, T = w*w*ᵀ/N of the catalogue's sanity weights";
    public override string Reference => "003_e91e776b970c5fa5.txt eq (4)-(6); catalogue goldt2020-scm.md §0.2, §1";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [Goldt2020Parameters.ActivationParam()];

    public override TheoryValues Evaluate(Point point) =>
        new TheoryValues().Set("eg", GeneralisationError.FromWeights(Goldt2020Parameters.Act(point),
            SanityWeights.W, SanityWeights.V, SanityWeights.WStar, SanityWeights.VStar, SanityWeights.N));
}

/// <summary>
/// Monte Carlo estimate of eps_g = ½⟨(φ(x) − φ*(x))²⟩ over P inputs x ~ N(0, I_N) for the sanity weights
/// (catalogue §1). Values: <c>eg</c> (MC mean), <c>se</c> (its standard error), <c>abs-error</c> = |eg − theory eg|,
/// <c>z</c> = (eg − theory eg)/se.
/// </summary>
public sealed class EgMonteCarloExperiment : Experiment
{
    public override string Name => "goldt2020.eg-monte-carlo";
    public override string Description => "Monte Carlo average of ½(φ − φ*)² over P Gaussian inputs (no label noise)";
    public override string Reference => "003_e91e776b970c5fa5.txt eq (4); catalogue goldt2020-scm.md §1";
    public override string SizeName => "P";
    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [Goldt2020Parameters.ActivationParam()];

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var g = Goldt2020Parameters.Act(point);
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
