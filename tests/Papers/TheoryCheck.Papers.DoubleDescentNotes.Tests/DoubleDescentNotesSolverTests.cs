using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.DoubleDescentNotes;

namespace TheoryCheck.Tests.Theories.DoubleDescentNotes;

/// <summary>The blog-notes solvers against the catalogue's sanity values (§15–§21) and independent closed forms.</summary>
public class DoubleDescentNotesSolverTests
{
    [Fact]
    public void Ridgeless_risk_matches_the_catalogue()
    {
        RidgelessRisk.Limit(0.5, 1, 0.25).Should().BeApproximately(0.25, 1e-15);
        RidgelessRisk.Exact(100, 50, 1, 0.25).Should().BeApproximately(0.2551020, 5e-8);
        RidgelessRisk.Limit(2, 1, 0.25).Should().BeApproximately(0.75, 1e-15);
        RidgelessRisk.Exact(100, 200, 1, 0.25).Should().BeApproximately(0.7525253, 5e-8);
        RidgelessRisk.Exact(100, 200, 1, 1).Should().BeApproximately(1.5101010, 5e-8);
        RidgelessRisk.Exact(180, 200, 1, 1).Should().BeApproximately(9.5736842, 5e-8);
        RidgelessRisk.Limit(200 / 180.0, 1, 1).Should().BeApproximately(9.1, 1e-12);
        FluentActions.Invoking(() => RidgelessRisk.Exact(100, 101, 1, 1)).Should().Throw<ArgumentException>().WithMessage("*infinite*");
    }

    [Fact]
    public void Modified_flow_distances_match_the_catalogue_for_the_tanh_model()
    {
        foreach (var (h, d1, d2) in new[] { (0.1, 2.4011e-3, 1.2028e-4), (0.05, 1.1951e-3, 3.1139e-5) })
        {
            var gd = ModifiedFlow.Descend(TanhRegressionModel.Gradient, TanhRegressionModel.Start, h, 2);
            var flow = ModifiedFlow.Integrate(TanhRegressionModel.Gradient, TanhRegressionModel.HessianTimes, TanhRegressionModel.Start, 0, 2, 1e-3);
            var mod = ModifiedFlow.Integrate(TanhRegressionModel.Gradient, TanhRegressionModel.HessianTimes, TanhRegressionModel.Start, h, 2, 1e-3);
            Distance(gd, flow).Should().BeApproximately(d1, 1e-7);
            Distance(gd, mod).Should().BeApproximately(d2, 1e-8);
        }
    }

    [Fact]
    public void Modified_flow_solver_reproduces_the_quadratic_closed_form()
    {
        // E = θᵀAθ/2, A = diag(1, 3), θ0 = (1, 1), T = 1: GD (1 − hA)^{T/h}θ0, flow e^{−AT}θ0, modified e^{−(A + hA²/2)T}θ0.
        double[] a = [1, 3];
        void Gradient(ReadOnlySpan<double> t, Span<double> g) { g[0] = a[0] * t[0]; g[1] = a[1] * t[1]; }
        void Hessian(ReadOnlySpan<double> t, ReadOnlySpan<double> v, Span<double> r) { r[0] = a[0] * v[0]; r[1] = a[1] * v[1]; }
        const double h = 0.1;
        var gd = ModifiedFlow.Descend(Gradient, [1, 1], h, 1);
        var flow = ModifiedFlow.Integrate(Gradient, Hessian, [1, 1], 0, 1, 1e-3);
        var mod = ModifiedFlow.Integrate(Gradient, Hessian, [1, 1], h, 1, 1e-3);
        for (var i = 0; i < 2; i++)
        {
            gd[i].Should().BeApproximately(Math.Pow(1 - h * a[i], 10), 1e-14);
            flow[i].Should().BeApproximately(Math.Exp(-a[i]), 1e-12);
            mod[i].Should().BeApproximately(Math.Exp(-(a[i] + h * a[i] * a[i] / 2)), 1e-12);
        }
        Distance(gd, flow).Should().BeApproximately(0.0288553, 1e-7);
        Distance(gd, mod).Should().BeApproximately(0.0037179, 1e-7);
    }

    [Fact]
    public void Flatter_minimum_sanity_values()
    {
        TwoParameterProduct.MinimumTrace(TwoParameterProduct.Imbalance(TwoParameterProduct.Start)).Should().BeApproximately(4.436395, 1e-6);
        var theta = ModifiedFlow.Descend(TwoParameterProduct.Gradient, TwoParameterProduct.Start, 0.1, 40);
        TwoParameterProduct.Imbalance(theta).Should().BeApproximately(3.938221, 1e-6);
    }

    [Fact]
    public void Random_fourier_features_average_to_the_gaussian_kernel_and_the_pseudo_inverse_interpolates()
    {
        var task = RffTask.Fixed(5, 30, 10, 0.3, 1);
        var kernel = new GaussianKernel(5, task.TrainInputs, 30, task.Labels);
        const int count = 200_000;
        var phi = new RandomFourierFeatures(count, 5, new Rng(2)).Map(task.TrainInputs, 30);
        var gram = TheoryCheck.Numerics.LinearAlgebra.Dense.Backend.Multiply(phi, 30, count, false, phi, 30, count, true);
        for (var i = 0; i < gram.Length; i++) gram[i].Should().BeApproximately(kernel.Matrix[i], 0.01);
        // The kernel interpolant reproduces the labels; the RFF minimum-norm fit interpolates (D ≥ n) with rank n.
        kernel.Interpolant(task.TrainInputs, 30).Zip(task.Labels, (a, b) => Math.Abs(a - b)).Max().Should().BeLessThan(1e-8);
        var small = new RandomFourierFeatures(60, 5, new Rng(3)).Map(task.TrainInputs, 30);
        var (w, rank) = PseudoInverseRegression.Solve(small, 60, 30, task.Labels);
        rank.Should().Be(30);
        PseudoInverseRegression.Predict(small, 60, 30, w).Zip(task.Labels, (a, b) => Math.Abs(a - b)).Max().Should().BeLessThan(1e-9);
    }

    [Fact]
    public void Pseudo_inverse_gives_least_squares_below_the_threshold()
    {
        // D < n: the residual is orthogonal to every feature (normal equations).
        var task = RffTask.Fixed(5, 40, 10, 0.3, 2);
        var phi = new RandomFourierFeatures(10, 5, new Rng(5)).Map(task.TrainInputs, 40);
        var (w, rank) = PseudoInverseRegression.Solve(phi, 10, 40, task.Labels);
        rank.Should().Be(10);
        var residual = PseudoInverseRegression.Predict(phi, 10, 40, w).Zip(task.Labels, (a, b) => a - b).ToArray();
        for (var j = 0; j < 10; j++)
        {
            double dot = 0;
            for (var mu = 0; mu < 40; mu++) dot += phi[j * 40 + mu] * residual[mu];
            Math.Abs(dot).Should().BeLessThan(1e-10);
        }
    }

    private static double Distance(double[] a, double[] b) => Math.Sqrt(a.Zip(b, (x, y) => (x - y) * (x - y)).Sum());
}
