using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// One minimum-norm least-squares fit on isotropic Gaussian features (the isotropic model of Hastie et al.): X with n samples of
/// p iid N(0, 1) features, β Gaussian rescaled to norm r, y = Xβ + ε; β̂ = (XᵀX)⁻¹Xᵀy (p &lt; n) or Xᵀ(XXᵀ)⁻¹y (p &gt; n)
/// through a Cholesky factor of the smaller Gram (<see cref="GramCholesky"/>, features-by-samples layout); risk ‖β̂ − β‖².
/// </summary>
internal static class MinimumNormRegression
{
    public static double Risk(int n, int p, double r2, double sigma2, Rng rng)
    {
        var x = new double[(long)p * n]; // row j = feature j over the n samples (LinearData's layout)
        rng.FillGaussian(x);
        var beta = new double[p];
        rng.FillGaussian(beta);
        var scale = Math.Sqrt(r2 / beta.Sum(b => b * b));
        for (var j = 0; j < p; j++) beta[j] *= scale;
        var y = new double[n];
        rng.FillGaussian(y, Math.Sqrt(sigma2));
        LinearData.Labels(x, p, n, beta, y);
        var estimate = new GramCholesky(x, p, n).Solve(y, new double[p]);
        return LinearData.SquaredDistance(estimate, beta);
    }
}
