using TheoryCheck.Numerics.Optimisation;
using TheoryCheck.Engine;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;
using TheoryCheck.Papers.AdvaniSaxe;
using TheoryCheck.Tests;

namespace TheoryCheck.Tests.Theories.AdvaniSaxe;

/// <summary>The finite-N building blocks: spectra, conditional formulas, gradient descent, solvers, validation and divergence.</summary>
public class LinearModelSolverTests
{
    [Fact]
    public void Spectrum_has_exact_zeros_for_fewer_samples_than_weights()
    {
        var x = LinearData.Matrix(200, 50, new Rng(3));
        var l = DataSpectrum.Eigenvalues(x, 200, 50);
        l.Count(v => v == 0).Should().Be(150);
        l.Where(v => v > 0).Should().HaveCount(50);
        l.Sum().Should().BeApproximately(x.Sum(v => v * v), 1e-10); // tr Σ = ‖X‖²_F
    }

    [Fact]
    public void Conditional_error_is_the_mean_over_teachers_of_gradient_descent()
    {
        // A small exact check of eq (5) for GD: the average of ‖w̄ − w_k‖²/N + 1/SNR over many draws on one X.
        const int n = 20, p = 40, k = 30;
        var (x, sigma) = LinearData.FixedWithCovariance(n, p, 7);
        var lambdas = DataSpectrum.Eigenvalues(x, n, p);
        var rng = new Rng(11);
        double sum = 0, sum2 = 0;
        const int draws = 4000;
        for (var s = 0; s < draws; s++)
        {
            var d = TeacherDraw.Sample(n, p, 4, 0.25, rng);
            var y = d.Noise.ToArray();
            LinearData.Labels(x, n, p, d.Teacher, y);
            var gd = new SigmaGradientDescent(sigma, LinearData.Correlation(x, n, p, y), 0.1);
            var w = d.Initial.ToArray();
            for (var i = 0; i < k; i++) gd.Step(w);
            var eg = LinearData.SquaredDistance(d.Teacher, w) / n + 0.25;
            sum += eg;
            sum2 += eg * eg;
        }
        var mean = sum / draws;
        var se = Math.Sqrt((sum2 / draws - mean * mean) / draws);
        Math.Abs(mean - ConditionalError.Generalisation(lambdas, 4, 0.25, 0.1, k)).Should().BeLessThan(4 * se);
    }

    [Fact]
    public void Sigma_and_data_forms_of_gradient_descent_agree()
    {
        const int n = 30, p = 45;
        var x = LinearData.Matrix(n, p, new Rng(5));
        var y = new double[p];
        new Rng(6).FillGaussian(y);
        var a = new SigmaGradientDescent(LinearData.Covariance(x, n, p), LinearData.Correlation(x, n, p, y), 0.1);
        var b = new DataGradientDescent(x, n, p, y, 0.1);
        var (w1, w2) = (new double[n], new double[n]);
        for (var k = 0; k < 100; k++)
        {
            a.Step(w1);
            b.Step(w2);
        }
        LinearData.SquaredDistance(w1, w2).Should().BeLessThan(1e-24);
    }

    [Fact]
    public void Gram_cholesky_gives_least_squares_and_the_closest_interpolant()
    {
        const int n = 40, p = 20;
        var x = LinearData.Matrix(n, p, new Rng(8));
        var y = new double[p];
        new Rng(9).FillGaussian(y);
        var start = new double[n];
        new Rng(10).FillGaussian(start);
        var solver = new GramCholesky(x, n, p);
        var w = solver.Solve(y, start);
        var residual = new double[p];
        LinearData.TrainingError(x, n, p, y, w, residual).Should().BeLessThan(1e-24); // interpolates
        // w − w0 lies in the row space: no null-space component.
        var moved = w.Zip(start, (u, v) => u - v).ToArray();
        solver.NullComponent(moved).Sum(v => v * v).Should().BeLessThan(1e-24);
    }

    [Fact]
    public void Validation_rejects_fractional_samples_and_unstable_steps()
    {
        var theory = new LinearConditionalTheory();
        MahoneyTestPoints.Make("N", 25, [theory], ("alpha", 0.5), ("snr", 4.0)).Let(p => theory.Validate(p)).Should().Contain("not a whole number");
        MahoneyTestPoints.Make("N", 50, [theory], ("alpha", 2.0), ("snr", 4.0), ("eta", 0.4)).Let(p => theory.Validate(p)).Should().Contain("diverges");
        MahoneyTestPoints.Make("N", 50, [theory], ("alpha", 2.0), ("snr", 4.0)).Let(p => theory.Validate(p)).Should().BeNull();
        var asymptote = new LinearAsymptoteTheory();
        MahoneyTestPoints.Make("N", 100, [asymptote], ("alpha", 1.02), ("snr", 4.0)).Let(p => asymptote.Validate(p)).Should().Contain("|P - N| = 2 < 4");
    }

    [Fact]
    public void Divergent_gradient_descent_is_an_error_with_its_step_never_a_number()
    {
        // eta·(1 + √α)² = 0.34·5.83 = 1.98 < 2 passes validation, but a finite data set's λ_max can exceed 2/η: the run
        // diverges. Take the first fixed data set (N = 20, P = 40) whose top eigenvalue lies beyond 2/η.
        const double eta = 0.34;
        var dataset = Enumerable.Range(1, 50).First(d => eta * DataSpectrum.Eigenvalues(LinearData.Fixed(20, 40, d), 20, 40)[^1] > 2);
        var dir = TestPaths.NewTempDirectory();
        var folder = Path.Combine(dir, "advani-saxe");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "divergent.yaml"), $$"""
            id: divergent
            title: t
            source: { doc: 000_234629a358ae8b88.txt, ref: r, verdict: confirms }
            claim: c
            theory: advani-saxe.linear.conditional
            experiment: advani-saxe.linear.gd-fixed-data
            parameters:
              alpha: 2
              snr: 4
              eta: 0.34
              record-steps: [200]
              flow-check: false
              dataset: {{dataset}}
            ladder:
              quick: { N: [20], seeds: 2 }
            checks:
              - bound:
                  quantity: experiment.excess-min.min
                  above: 0
                  reason: r
            """);
        var spec = new SpecLoader(SolverRegistry.Default).LoadDirectory(dir).Single();
        var result = new Runner().Run([spec], new RunOptions()).Specs.Single();
        result.Status.Should().Be(ClaimStatus.Error);
        result.Error.Should().MatchRegex("diverged at step [0-9]+ \\(t = ");
        result.Error.Should().NotContain("NaN");
    }
}

internal static class LetExtension
{
    public static TResult Let<T, TResult>(this T value, Func<T, TResult> f) => f(value);
}
