using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The finite-N effective model complexity of one data stream (catalogue §22, spectral route): columns of X (N x P_max,
/// entries N(0, 1/N)) are added one sample at a time; the training error after gradient-flow time t of the first P
/// samples is its exact conditional expectation E[E_t | X_P] from the eigenvalues of X_Pᵀ X_P (slides eq (5) route,
/// catalogue §11); EMC is the largest P with E_t ≤ δ, found by bisection on P (E_t grows with P).
/// </summary>
public sealed class EffectiveModelComplexityExperiment : Experiment
{
    internal static readonly IReadOnlyList<ParameterSpec> Shared =
    [
        ParameterSpec.Positive("t", "gradient-flow training time t/tau"),
        ParameterSpec.Real("delta", "training-error tolerance delta of 'close to zero training error' (in units of sigma_w^2)", min: 0, minExclusive: true, @default: 0.01),
        ParameterSpec.Positive("snr", "signal-to-noise ratio (SNR = 0: infinite noise)", @default: 4),
        ParameterSpec.Real("inr", "initialisation-to-signal ratio (a variance ratio: >= 0)", min: 0, @default: 0),
    ];

    public override string Name => "nakkiran.emc-spectral";
    public override string Description => "finite-N EMC: largest number of samples whose conditional training error at time t stays below delta (bisection over P)";
    public override string Reference => "004_3b00fb3fec6f9d63.txt; catalogue advani-saxe-and-double-descent.md §11, §22";
    public override string SizeName => "N";

    public override IReadOnlyList<ParameterSpec> Parameters => Shared;

    public override string? Validate(Point point) => ValidateTolerance(point);

    /// <summary>δ·SNR &lt; 1 (otherwise the limit 1/(1 − δSNR) is infinite: even P → ∞ samples fit within δ).</summary>
    internal static string? ValidateTolerance(Point point)
    {
        var product = point.Real("delta") * point.Real("snr");
        if (product >= 1) return $"delta * SNR = {product:G4} >= 1: the noise floor (1 - 1/alpha)/SNR never exceeds delta, EMC is unbounded";
        var floor = PortableMath.Exp(-2 * point.Real("t")) * (1 + point.Real("inr") + 1 / point.Real("snr"));
        return floor >= point.Real("delta") ? $"at t = {point.Real("t")} even one sample has E_t ~ {floor:G3} > delta: EMC = 0" : null;
    }

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var (t, delta, snr, inr) = (point.Real("t"), point.Real("delta"), point.Real("snr"), point.Real("inr"));
        var limit = 1 / (1 - delta * snr);
        var pMax = (int)Math.Ceiling(1.5 * limit * n) + 4;
        var columns = new double[pMax][];
        for (var mu = 0; mu < pMax; mu++)
        {
            columns[mu] = new double[n];
            rng.FillGaussian(columns[mu], 1 / Math.Sqrt(n));
        }
        bool Fits(int p) => ConditionalError.Training(DataSpectrum.Eigenvalues(Matrix(columns, n, p), n, p), p, snr, inr, 0, t) <= delta;
        if (!Fits(1)) return new Observation().Set("emc-samples", 0).Set("emc", 0);
        if (Fits(pMax)) throw new InvalidOperationException($"E_t stays below delta up to P = {pMax} samples: raise the search range");
        int lo = 1, hi = pMax; // Fits(lo) && !Fits(hi)
        while (hi - lo > 1)
        {
            var mid = (lo + hi) / 2;
            if (Fits(mid)) lo = mid;
            else hi = mid;
        }
        return new Observation().Set("emc-samples", lo).Set("emc", (double)lo / n);
    }

    /// <summary>X (N x P row-major) from the first P sample columns.</summary>
    private static double[] Matrix(double[][] columns, int n, int p)
    {
        var x = new double[n * p];
        for (var mu = 0; mu < p; mu++)
            for (var i = 0; i < n; i++) x[i * p + mu] = columns[mu][i];
        return x;
    }
}
