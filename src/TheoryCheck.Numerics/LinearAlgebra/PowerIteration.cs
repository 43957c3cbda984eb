using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>The largest eigenvalue of a dense symmetric positive semidefinite matrix by power iteration.</summary>
public static class PowerIteration
{
    /// <summary>λ_max of the symmetric positive semidefinite kernel by power iteration (Rayleigh quotient to 1e-14).</summary>
    public static double LargestEigenvalue(double[] kernel, int p)
    {
        var v = Enumerable.Repeat(1 / Math.Sqrt(p), p).ToArray();
        var image = new double[p];
        double previous = 0;
        for (var iteration = 0; iteration < 100_000; iteration++)
        {
            Dense.Backend.MultiplyVector(kernel, p, p, false, v, image);
            var q = FixedOrder.Dot(v, image);
            Elementwise.Divide(image, FixedOrder.Norm(image), v);
            if (Math.Abs(q - previous) <= 1e-14 * q) return q;
            previous = q;
        }
        throw new InvalidOperationException("power iteration for lambda_max(K_h) did not converge");
    }
}
