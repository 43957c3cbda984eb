using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// Random Fourier features (Rahimi and Recht 2007): φ_j(x) = √(2/D) cos(ω_j·x + b_j), ω_j ~ N(0, I_d),
/// b_j ~ U[0, 2π), so that E[φ(x)·φ(x')] = exp(−‖x − x'‖²/2) exactly (the Gaussian kernel). The feature
/// matrix of a set of inputs is returned in the D x count row-major layout (row j = feature j over the samples), the
/// weights-by-samples layout of the linear-model solvers.
/// </summary>
internal sealed class RandomFourierFeatures
{
    private readonly double[] _omega; // D x d, column-major
    private readonly double[] _phase;
    private readonly int _d;

    public RandomFourierFeatures(int count, int dimension, Rng rng)
    {
        Count = count;
        _d = dimension;
        _omega = new double[count * dimension];
        rng.FillGaussian(_omega);
        _phase = new double[count];
        for (var j = 0; j < count; j++) _phase[j] = 2 * Math.PI * rng.NextDouble();
    }

    public int Count { get; }

    /// <summary>Φ (D x m row-major) for m inputs stored column-major d x m: one DGEMM for the projections, then cosines.</summary>
    public double[] Map(double[] inputs, int m)
    {
        var z = Dense.Backend.Multiply(inputs, _d, m, true, _omega, Count, _d, true); // m x D column-major = D x m row-major
        var scale = Math.Sqrt(2.0 / Count);
        for (var j = 0; j < Count; j++)
        {
            // Scalar portable cosine, not TensorPrimitives.Cos (its vectorised last bits differ from the scalar ones it uses
            // before an aligned boundary, so results would depend on the allocation address) nor Math.Cos (libm's bits
            // depend on the CPU): the ill-conditioned fits at D ≈ n amplify any difference to the 1e-10 digits.
            var row = z.AsSpan(j * m, m);
            for (var mu = 0; mu < m; mu++) row[mu] = scale * PortableMath.Cos(row[mu] + _phase[j]);
        }
        return z;
    }
}
