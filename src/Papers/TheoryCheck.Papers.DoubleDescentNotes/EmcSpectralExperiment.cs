using static TheoryCheck.Abstractions.CostTerms;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The finite-N effective model complexity of one data stream (spectral route): columns of X (N x P_max, entries
/// N(0, 1/N)) are added one sample at a time; the training error after gradient-flow time t of the first P samples is
/// its exact conditional expectation E[E_t | X_P] from the eigenvalues of X_Pᵀ X_P (the training error of Advani and
/// Saxe conditioned on the data); EMC is the largest P with E_t ≤ δ, found by bisection on P (E_t grows with P).
/// </summary>
[Solver("nakkiran.emc-spectral", "finite-N EMC: largest number of samples whose conditional training error at time t stays below delta (bisection over P)",
    Reference = "Nakkiran et al., effective model complexity (Definition 1), with the training error of Advani and Saxe conditioned on the data spectrum")]
[Output("emc-samples", "largest P whose conditional training error at time t is <= delta")]
[Output("emc", "emc-samples/N")]
public sealed class EmcSpectralExperiment : Experiment<EmcParameters>
{
    protected override string? Validate(Point point, EmcParameters parameters) => parameters.Validate();

    /// <summary>P_max = 1.5N/(1 − δ·SNR) + 4 sample columns drawn; 2 + log₂P_max evaluations, each a Gram of the smaller side (≤ 2N²P_max) and its eigenvalues (≤ 10N³).</summary>
    protected override ExperimentCost EstimateCost(Point point, EmcParameters parameters)
    {
        double n = point.Size, pMax = Math.Ceiling(1.5 * n / (1 - parameters.Tolerance * parameters.SignalToNoise)) + 4;
        if (!double.IsFinite(pMax) || pMax <= 0) pMax = 1e12; // δ·SNR ≥ 1 is refused by Validate; never estimate it as cheap
        return new ExperimentCost(Doubles(2 * n * pMax + n * n),
            Draws(n * pMax) + (2 + Math.Log2(pMax)) * (Product(n, pMax, n) + n * pMax + Eigenvalues(n)));
    }

    protected override Observation Run(Point point, EmcParameters parameters, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var (t, delta, snr, inr) = (parameters.Time, parameters.Tolerance, parameters.SignalToNoise, parameters.InitialisationToSignal);
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
