using TheoryCheck.Numerics.Models;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// Least squares and minimum-norm interpolation through the Cholesky factor of the smaller Gram matrix: X is N x P row-major (N weights, P samples; <see cref="LinearData"/>'s layout).
/// P ≥ N: the least-squares weights w = yXᵀΣ⁻¹ (Σ = XXᵀ, N x N). P &lt; N: the interpolant closest to w₀,
/// w = w₀ + (y − w₀X)K⁻¹Xᵀ (K = XᵀX, P x P); with w₀ = 0 the minimum-norm solution y K⁻¹ Xᵀ = yX⁺.
/// The Gram is formed by the dense backend; its Cholesky factor by MathNet (the Gram is at most a few hundred wide).
/// Callers keep |P − N| away from 0: there the Gram is singular (an exception, never a silent wrong answer).
/// </summary>
public sealed class GramCholesky
{
    private readonly double[] _x;
    private readonly int _n, _p;
    private readonly MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double> _factor;

    public GramCholesky(double[] x, int n, int p)
    {
        _x = x;
        _n = n;
        _p = p;
        var dim = Math.Min(n, p);
        var gram = p >= n ? LinearData.Covariance(x, n, p) : Dense.Backend.Multiply(x, p, n, false, x, p, n, true);
        try
        {
            _factor = DenseMatrix.Build.Dense(dim, dim, gram).Cholesky();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"the {dim} x {dim} Gram matrix of the data is numerically singular (N = {n}, P = {p}): {e.Message}", e);
        }
    }

    /// <summary>True when the Gram is the P x P matrix XᵀX (fewer samples than weights).</summary>
    public bool Underdetermined => _p < _n;

    /// <summary>Least-squares weights (P ≥ N), or the interpolant closest to <paramref name="start"/> (P &lt; N).</summary>
    public double[] Solve(ReadOnlySpan<double> y, ReadOnlySpan<double> start)
    {
        if (!Underdetermined)
        {
            var b = LinearData.Correlation(_x, _n, _p, y);
            return _factor.Solve(DenseVector.OfArray(b)).ToArray();
        }
        var residual = y.ToArray();
        Dense.Backend.MultiplyVector(_x, _p, _n, false, start, residual, alpha: -1, beta: 1);
        var c = _factor.Solve(DenseVector.OfArray(residual)).ToArray();
        var w = start.ToArray();
        Dense.Backend.MultiplyVector(_x, _p, _n, true, c, w, beta: 1);
        return w;
    }

    /// <summary>
    /// The component of v (length N) orthogonal to the row space of X, v − X K⁻¹ Xᵀ v (P &lt; N only): the frozen
    /// subspace null(Σ) that gradient descent never moves.
    /// </summary>
    public double[] NullComponent(ReadOnlySpan<double> v)
    {
        if (!Underdetermined) throw new InvalidOperationException("Σ has no null space when P >= N");
        var projection = new double[_p];
        Dense.Backend.MultiplyVector(_x, _p, _n, false, v, projection);
        var c = _factor.Solve(DenseVector.OfArray(projection)).ToArray();
        var result = v.ToArray();
        Dense.Backend.MultiplyVector(_x, _p, _n, true, c, result, alpha: -1, beta: 1);
        return result;
    }
}
