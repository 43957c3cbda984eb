using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The synthetic regression task of the random-Fourier-feature claims (our stand-in for the data of Belkin et al.'s
/// random-Fourier-feature experiments): x ~ N(0, I_d), target f(x) = sin(2 x·u) + 0.5 cos(3 x·u_rev) with u ~ N(0, I_d/d) (u_rev = u
/// reversed), labels y = f(x) + noise·ξ on n training points, noise-free targets on the test points. Inputs are stored
/// column-major d x count (one sample per column).
/// </summary>
internal sealed record RffTask(int Dimension, double[] TrainInputs, double[] Labels, double[] TestInputs, double[] TestTargets)
{
    public int TrainCount => Labels.Length;
    public int TestCount => TestTargets.Length;

    public static RffTask Sample(int d, int n, int nTest, double noise, Rng rng)
    {
        var u = new double[d];
        rng.FillGaussian(u, 1 / Math.Sqrt(d));
        var train = new double[d * n];
        rng.FillGaussian(train);
        var test = new double[d * nTest];
        rng.FillGaussian(test);
        var labels = new double[n];
        for (var mu = 0; mu < n; mu++) labels[mu] = Target(train, mu, u) + noise * rng.NextGaussian();
        var targets = new double[nTest];
        for (var mu = 0; mu < nTest; mu++) targets[mu] = Target(test, mu, u);
        return new RffTask(d, train, labels, test, targets);
    }

    /// <summary>A task fixed by its index (shared by a theory and an experiment; independent of --seed).</summary>
    public static RffTask Fixed(int d, int n, int nTest, double noise, int dataset) =>
        Sample(d, n, nTest, noise, new Rng(Numerics.Random.StreamSeed.Derive(Numerics.Random.StreamSeed.DefaultMaster, "belkin.rff-task", $"d={d},n={n},ntest={nTest},noise={noise:R}", dataset)));

    private static double Target(double[] inputs, int mu, double[] u)
    {
        var d = u.Length;
        double a = 0, b = 0;
        for (var i = 0; i < d; i++)
        {
            a += inputs[mu * d + i] * u[i];
            b += inputs[mu * d + i] * u[d - 1 - i];
        }
        return PortableMath.Sin(2 * a) + 0.5 * PortableMath.Cos(3 * b);
    }
}
