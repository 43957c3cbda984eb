using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Numerics.Optimisation;

/// <summary>
/// Gradient descent on ½‖y − wX‖² straight from the data (cost 2NP per step, no Σ):
/// r = y − wX, then w ← w + η rXᵀ. X is N x P row-major (<see cref="Models.LinearData"/>), so both products are one
/// DGEMV each. Also serves random-feature models, whose feature matrix has the same layout.
/// </summary>
public sealed class DataGradientDescent
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly int _n, _p;

    public DataGradientDescent(double[] x, int n, int p, double[] y, double eta)
    {
        if (x.Length != (long)n * p || y.Length != p) throw new ArgumentException($"X must be {n} x {p} and y of length {p}");
        _x = x;
        _y = y;
        _n = n;
        _p = p;
        Eta = eta;
        Residual = new double[p];
    }

    public double Eta { get; }

    /// <summary>y − wX before the last step.</summary>
    public double[] Residual { get; }

    /// <summary>One step in place.</summary>
    public void Step(Span<double> w)
    {
        _y.CopyTo(Residual, 0);
        Dense.Backend.MultiplyVector(_x, _p, _n, false, w, Residual, alpha: -1, beta: 1);
        Dense.Backend.MultiplyVector(_x, _p, _n, true, Residual, w, alpha: Eta, beta: 1);
    }
}
