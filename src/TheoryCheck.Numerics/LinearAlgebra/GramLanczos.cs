using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// Largest eigenvalue of AᵀA for a dense column-major rows x cols matrix A without forming AᵀA: Lanczos on the
/// operator v ↦ Aᵀ(Av) with full reorthogonalisation (Golub and Van Loan, Matrix Computations, §10.1–10.3). Each
/// step costs two passes over A (4·rows·cols flops); the Ritz value of the k x k tridiagonal T_k approaches λ_max
/// from below, and the iteration stops when the residual bound β_k·|s_k| of the top Ritz pair is at most
/// <c>tolerance</c>·θ, which bounds the error of θ by that residual (and by its square over the gap).
/// Used where only λ_max is needed (catalogue mahoney-rmt-htsr.md §0.4 budget).
/// </summary>
public static class GramLanczos
{
    /// <summary>λ_max(AᵀA). Deterministic: the start vector is fixed (0.5 + frac(i·φ⁻¹), not orthogonal to any basis vector).</summary>
    public static double LargestEigenvalue(ReadOnlySpan<double> a, int rows, int cols, double tolerance = 1e-13, int maxSteps = 300)
    {
        if (rows <= 0 || cols <= 0 || (long)rows * cols != a.Length)
            throw new ArgumentException($"matrix shape {rows} x {cols} does not match {a.Length} entries");
        if (!(tolerance > 0)) throw new ArgumentException("the tolerance must be > 0");
        var steps = Math.Min(maxSteps, cols);
        var basis = new double[steps][];
        var alpha = new double[steps];
        var beta = new double[steps];
        var y = new double[rows];
        var w = new double[cols];

        var v = new double[cols];
        for (var i = 0; i < cols; i++) v[i] = 0.5 + (i * 0.6180339887498949 % 1.0);
        Elementwise.Multiply(v, 1 / FixedOrder.Norm(v), v);
        double theta = 0;
        for (var k = 0; k < steps; k++)
        {
            basis[k] = v;
            // w = Aᵀ(A v), column by column (column-major A).
            Array.Clear(y);
            for (var j = 0; j < cols; j++)
                if (v[j] != 0) Elementwise.MultiplyAdd(a.Slice(j * rows, rows), v[j], y, y);
            for (var j = 0; j < cols; j++) w[j] = FixedOrder.Dot(a.Slice(j * rows, rows), y);
            alpha[k] = FixedOrder.Dot(w, v);
            // Full reorthogonalisation, twice ("twice is enough"): keeps the Ritz values free of ghost copies.
            for (var pass = 0; pass < 2; pass++)
                for (var j = 0; j <= k; j++)
                    Elementwise.MultiplyAdd(basis[j], -FixedOrder.Dot(basis[j], w), w, w);
            beta[k] = FixedOrder.Norm(w);

            var (ritz, lastComponent) = TopRitzPair(alpha, beta, k + 1);
            theta = ritz;
            if (beta[k] * Math.Abs(lastComponent) <= tolerance * Math.Abs(theta) || beta[k] == 0 || k == cols - 1) return theta;
            v = new double[cols];
            Elementwise.Multiply(w, 1 / beta[k], v);
        }
        throw new InvalidOperationException($"Lanczos did not converge in {steps} steps (last Ritz value {theta})");
    }

    /// <summary>Largest eigenvalue of the k x k tridiagonal (α, β) and the last component of its unit eigenvector.</summary>
    private static (double Theta, double Last) TopRitzPair(double[] alpha, double[] beta, int k)
    {
        var t = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            t[i * k + i] = alpha[i];
            if (i + 1 < k) t[i * k + i + 1] = t[(i + 1) * k + i] = beta[i];
        }
        var (values, vectors) = Dense.Backend.SymmetricEigen(t, k);
        return (values[k - 1], vectors[(k - 1) * k + (k - 1)]);
    }
}
