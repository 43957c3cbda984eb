using System.Globalization;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// One run of the decoupling set-up (Montanari–Urbani, 'Setup' and 'Mean-Field initialization'): σ = φ, u = e₁,
/// n = α m d samples, mean-field initialisation (a_i(0) = 1, w_i(0) normalised Gaussian vectors), projected GD in the
/// paper's rescaled time with step η up to the horizon T, recording every <see cref="RecordEvery"/> time units.
/// The initial state is drawn from its own stream seeded by <see cref="InitSeed"/> and m, so that the population flow
/// (a deterministic theory) starts from exactly the same (a(0), W(0)) as every finite-n run; the runner's per-seed
/// stream draws the training data.
/// </summary>
internal sealed record DecouplingSetup(
    int M, int D, double Alpha, double Tau, Activation Sigma, double Eta, double Horizon, double PlateauTime,
    double RecordEvery, int InitSeed, double StopAtExcessGap = 0)
{
    public int N => (int)Math.Round(Alpha * M * D);
    public int StepsPerRecord => (int)Math.Round(RecordEvery / Eta);
    public int Records => (int)Math.Round(Horizon / RecordEvery);
    public int PlateauRecord => (int)Math.Round(PlateauTime / RecordEvery);

    /// <summary>Stride of the recorded curves: at most 64 intervals (≤ 65 points) whatever the horizon.</summary>
    public int CurveStride => Math.Max(1, (Records + 63) / 64);

    /// <summary>Indices of the records that the curves keep (every <see cref="CurveStride"/>-th, so at most 65).</summary>
    public int[] CurveIndices(int count)
    {
        var list = new List<int>();
        for (var r = 0; r < count; r += CurveStride) list.Add(r);
        return list.ToArray();
    }

    public double[] TeacherDirection()
    {
        var u = new double[D];
        u[0] = 1;
        return u;
    }

    /// <summary>Why the setup is impossible, or null.</summary>
    public string? Problem()
    {
        static bool Whole(double x) => Math.Abs(x - Math.Round(x)) < 1e-9 && Math.Round(x) >= 1;
        if (!Whole(Alpha * M * D)) return $"n = alpha·m·d = {Alpha * M * D:G6} must be a whole number";
        if (!Whole(RecordEvery / Eta)) return $"record interval {RecordEvery:G6} must be a whole number of steps of eta = {Eta:G6}";
        if (!Whole(Horizon / RecordEvery)) return $"horizon {Horizon:G6} must be a whole number of record intervals ({RecordEvery:G6})";
        if (!Whole(PlateauTime / RecordEvery) || PlateauTime > Horizon)
            return $"plateau time {PlateauTime:G6} must be a whole number of record intervals and at most the horizon {Horizon:G6}";
        return null;
    }

    /// <summary>(a(0), W(0)): a_i = 1, w_i uniform on the sphere, from the stream of (init seed, m, d).</summary>
    public (double[] A, double[] W) InitialState()
    {
        var rng = new Rng(StreamSeed.Derive((ulong)InitSeed, "montanari-urbani.initial-state",
            string.Create(CultureInfo.InvariantCulture, $"m={M},d={D}"), 0));
        return (Enumerable.Repeat(1.0, M).ToArray(), Sphere.RandomColumns(rng, D, M));
    }

    /// <summary>n samples x_k ~ N(0, I_d) (n × d, column-major) and y_k = φ(&lt;u, x_k&gt;) + τε_k with φ = σ, u = e₁.</summary>
    public (double[] X, double[] Y) TrainingSet(Rng data)
    {
        int n = N, d = D;
        var x = new double[n * d];
        data.FillGaussian(x);
        var y = new double[n];
        // u = e₁: <u, x_k> is column 0 of the column-major X.
        for (var k = 0; k < n; k++) y[k] = Activations.Value(Sigma, x[k]) + Tau * data.NextGaussian();
        return (x, y);
    }

    /// <summary>Canonical text of everything that determines the population trajectory (its cache key).</summary>
    public string PopulationKey() => string.Create(CultureInfo.InvariantCulture,
        $"m={M},d={D},alpha={Alpha:R},tau={Tau:R},sigma={Sigma},eta={Eta:R},T={Horizon:R},record={RecordEvery:R},init={InitSeed}");
}
