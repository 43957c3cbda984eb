using TheoryCheck.Abstractions;
using TheoryCheck.Engine;
using TheoryCheck.Engine.Specs;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Papers.Mahoney;

namespace TheoryCheck.Tests.Theories.Mahoney;

/// <summary>
/// mahoney.matrix-esd against matrices whose eigenvalues are built by hand: W = [diag(s); 0] (N x M) has X = WᵀW/N =
/// diag(s²/N). Placing s²/N at the MP(c, σ²) quantiles of (i − ½)/M makes the two-sided KS distance exactly 1/(2M)
/// (each step of the empirical CDF straddles the law's CDF by ½/M), whatever the eigen-solver.
/// </summary>
public class MatrixEsdExperimentTests
{
    private const int N = 200, M = 50;
    private const double C = (double)M / N, Sigma2 = 2;

    private static double[] MidpointQuantiles() =>
        Enumerable.Range(1, M).Select(i => MarchenkoPastur.Quantile((i - 0.5) / M, C, Sigma2)).ToArray();

    private static string WriteNpy(double[] eigenvalues, bool transpose = false)
    {
        var w = transpose ? new double[M, N] : new double[N, M];
        for (var i = 0; i < M; i++)
        {
            var s = Math.Sqrt(eigenvalues[i] * N);
            w[i, i] = s;
        }
        var file = Path.Combine(TestPaths.NewTempDirectory(), "w.npy");
        File.WriteAllBytes(file, NpyFiles.Matrix(w));
        return file;
    }

    private static IReadOnlyDictionary<string, double> Run(string file, double sigma2)
    {
        var point = new Point("N", 1, new Dictionary<string, object> { ["matrix"] = new DataFile("w.npy", file), ["sigma2"] = sigma2 });
        var experiment = new MatrixEsdExperiment();
        experiment.Validate(point).Should().BeNull();
        return experiment.Run(point, new TheoryValues(), Rng.ForStream(1, "t", point.Key, 0)).Values;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Midpoint_quantiles_are_at_KS_distance_one_over_2M_in_either_orientation(bool transpose)
    {
        var values = Run(WriteNpy(MidpointQuantiles(), transpose), Sigma2);
        values["ks"].Should().BeApproximately(0.5 / M, 1e-9);
        values["c"].Should().Be(C);
        values["lambda-plus"].Should().BeApproximately(Sigma2 * Math.Pow(1 + Math.Sqrt(C), 2), 1e-14);
        values["lambda-minus"].Should().BeApproximately(Sigma2 * Math.Pow(1 - Math.Sqrt(C), 2), 1e-14);
        values["fraction-outside"].Should().Be(0);
    }

    [Fact]
    public void A_sigma2_three_percent_off_is_seen_by_the_KS_distance()
    {
        var file = WriteNpy(MidpointQuantiles());
        var exact = Run(file, Sigma2)["ks"];
        Run(file, Sigma2 * 1.03)["ks"].Should().BeGreaterThan(2 * exact);
        Run(file, Sigma2 * 0.97)["ks"].Should().BeGreaterThan(2 * exact);
    }

    [Fact]
    public void Spikes_count_as_outside_the_bulk_and_sigma2_zero_fits_the_mean_eigenvalue()
    {
        var eigenvalues = MidpointQuantiles();
        eigenvalues[^1] = 40;
        eigenvalues[^2] = 30;
        var values = Run(WriteNpy(eigenvalues), 0);
        values["sigma2"].Should().BeApproximately(eigenvalues.Average(), 1e-12);
        values["lambda-max"].Should().BeApproximately(40, 1e-12);
        Run(WriteNpy(eigenvalues), Sigma2)["fraction-outside"].Should().Be(2.0 / M);
    }

    [Fact]
    public void A_spec_names_the_matrix_relative_to_its_folder_and_bad_files_are_rejected_at_load_time()
    {
        var dir = Path.Combine(TestPaths.NewTempDirectory(), "mahoney");
        Directory.CreateDirectory(dir);
        File.Copy(WriteNpy(MidpointQuantiles()), Path.Combine(dir, "w.npy"));
        File.WriteAllText(Path.Combine(dir, "bad.npy"), "not an npy file");
        string Spec(string matrix) => $$"""
            id: user.matrix
            title: t
            source: { doc: d, ref: r, verdict: confirms }
            claim: c
            theory: mahoney.mp-law
            experiment: mahoney.matrix-esd
            parameters:
              Q: 4
              sigma: 1.4142135623730951
              matrix: {{matrix}}
              sigma2: 2
            ladder:
              quick: { N: [1], seeds: 1 }
            checks:
              - agrees:
                  a: experiment.lambda-plus
                  b: theory.lambda-plus
                  tolerance: { rel: 1e-12 }
                  reason: both are σ²(1 + √c)² at c = 1/4, σ² = 2
            """;
        var file = Path.Combine(dir, "user.matrix.yaml");
        var loader = new SpecLoader(SolverRegistry.Default);

        File.WriteAllText(file, Spec("w.npy"));
        var spec = loader.LoadFile(file, "mahoney");
        spec.Series[0]["matrix"].ToString().Should().Be("w.npy", "point keys keep the path as written");

        File.WriteAllText(file, Spec("missing.npy"));
        loader.Invoking(l => l.LoadFile(file, "mahoney")).Should().Throw<SpecException>()
            .Which.Errors.Should().Contain(e => e.Line == 10 && e.Message.Contains("file 'missing.npy' not found"));

        File.WriteAllText(file, Spec("bad.npy"));
        loader.Invoking(l => l.LoadFile(file, "mahoney")).Should().Throw<SpecException>()
            .Which.Errors.Should().Contain(e => e.File == file && e.Message.Contains("bad.npy"));
    }
}
