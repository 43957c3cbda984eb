using MathNet.Numerics.LinearAlgebra.Double;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// The Gaussian kernel k(x, x') = exp(−‖x − x'‖²/2), the D → ∞ limit of Φᵀ Φ for random Fourier features with
/// ω ~ N(0, I) (Rahimi and Recht), and its ridgeless interpolant f_K(x) = k(x)ᵀK⁻¹y (Cholesky of the n x n kernel matrix).
/// Inputs column-major d x m.
/// </summary>
internal sealed class GaussianKernel
{
    private readonly double[] _train;
    private readonly int _d, _n;
    private readonly double[] _dual; // K⁻¹y

    public GaussianKernel(int d, double[] trainInputs, int n, double[] labels)
    {
        _d = d;
        _n = n;
        _train = trainInputs;
        Matrix = Gram(trainInputs, n, trainInputs, n);
        _dual = DenseMatrix.Build.Dense(n, n, Matrix).Cholesky().Solve(DenseVector.OfArray(labels)).ToArray();
        QuadraticForm = Dot(labels, Mul(Matrix, labels));
        InverseQuadraticForm = Dot(labels, _dual);
    }

    /// <summary>K (n x n, column-major).</summary>
    public double[] Matrix { get; }

    /// <summary>yᵀKy: the exact expectation of yᵀΦᵀΦy for random Fourier features.</summary>
    public double QuadraticForm { get; }

    /// <summary>yᵀK⁻¹y: the RKHS norm of the interpolant, the D → ∞ limit of ‖a‖².</summary>
    public double InverseQuadraticForm { get; }

    /// <summary>f_K at m inputs (column-major d x m).</summary>
    public double[] Interpolant(double[] inputs, int m)
    {
        var cross = Gram(_train, _n, inputs, m); // n x m
        var f = new double[m];
        for (var mu = 0; mu < m; mu++)
        {
            double s = 0;
            for (var i = 0; i < _n; i++) s += cross[mu * _n + i] * _dual[i];
            f[mu] = s;
        }
        return f;
    }

    private double[] Gram(double[] a, int na, double[] b, int nb)
    {
        var k = new double[na * nb];
        for (var j = 0; j < nb; j++)
            for (var i = 0; i < na; i++)
            {
                double s = 0;
                for (var c = 0; c < _d; c++)
                {
                    var diff = a[i * _d + c] - b[j * _d + c];
                    s += diff * diff;
                }
                k[j * na + i] = PortableMath.Exp(-s / 2);
            }
        return k;
    }

    private double[] Mul(double[] m, double[] v)
    {
        var r = new double[_n];
        for (var j = 0; j < _n; j++)
            for (var i = 0; i < _n; i++) r[i] += m[j * _n + i] * v[j];
        return r;
    }

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
