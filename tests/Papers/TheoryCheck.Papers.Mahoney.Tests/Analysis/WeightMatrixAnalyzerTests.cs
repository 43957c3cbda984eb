using TheoryCheck.Papers.Mahoney.Analysis;
using TheoryCheck.Numerics.PowerLaw;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Mahoney;

namespace TheoryCheck.Tests.Analysis;

/// <summary>The weightwatcher-style metrics: exact values on matrices with known singular values, and agreement with the fitter and the classifier.</summary>
public class WeightMatrixAnalyzerTests
{
    /// <summary>An N x M matrix with the given singular values: the first M rows of a diagonal, scaled.</summary>
    private static WeightMatrix Diagonal(int n, double[] singular)
    {
        var m = singular.Length;
        var values = new double[n * m];
        for (var j = 0; j < m; j++) values[j * n + j] = singular[j];
        return new WeightMatrix("diag", n, m, values);
    }

    [Fact]
    public void Norm_metrics_match_their_definitions_on_known_singular_values()
    {
        double[] s = [10, 4, 2, 1, 1, 0.5];
        var r = WeightMatrixAnalyzer.Analyze(Diagonal(8, s));
        var ev = s.Select(v => v * v).ToArray(); // 100, 16, 4, 1, 1, 0.25
        (r.N, r.M).Should().Be((8, 6));
        r.LambdaMax.Should().BeApproximately(100, 1e-12);
        r.LogSpectralNorm.Should().BeApproximately(2, 1e-14);
        r.LogNorm.Should().BeApproximately(Math.Log10(122.25), 1e-14);
        r.StableRank.Should().BeApproximately(1.2225, 1e-13);
        var p = ev.Select(l => l / 122.25).ToArray();
        r.Entropy.Should().BeApproximately(-p.Sum(x => x * Math.Log(x)) / Math.Log(6), 1e-13);
        r.RankLoss.Should().Be(0);
        var fit = ClausetFitter.Fit(ev);
        r.Alpha.Should().Be(fit.Alpha);
        r.D.Should().Be(fit.D);
        r.Xmin.Should().Be(fit.Xmin);
        r.NumPlSpikes.Should().Be(fit.NTail);
        r.AlphaWeighted.Should().BeApproximately(fit.Alpha * 2, 1e-13);
        r.LogAlphaNorm.Should().BeApproximately(Math.Log10(ev.Sum(l => Math.Pow(l, fit.Alpha))), 1e-12);
        r.Phase.Should().BeNull("M = 6 is below the phase rules' minimum");
    }

    [Fact]
    public void A_rank_deficient_matrix_reports_its_rank_loss_and_entropy_on_the_rank()
    {
        var r = WeightMatrixAnalyzer.Analyze(Diagonal(5, [3, 2, 1, 0]));
        r.RankLoss.Should().Be(1);
        var p = new[] { 9.0, 4, 1 }.Select(l => l / 14).ToArray();
        r.Entropy.Should().BeApproximately(-p.Sum(x => x * Math.Log(x)) / Math.Log(3), 1e-13);
    }

    [Fact]
    public void Orientation_does_not_matter_and_the_phase_and_spikes_follow_the_classifier()
    {
        var rng = new Rng(12);
        var w = PlantedPhaseExperiment.Plant("bulk-spikes", 300, 100, rng);
        var tall = WeightMatrixAnalyzer.Analyze(new WeightMatrix("tall", 300, 100, w));
        var t = new double[w.Length];
        for (var i = 0; i < 300; i++)
            for (var j = 0; j < 100; j++)
                t[i * 100 + j] = w[j * 300 + i];
        var wide = WeightMatrixAnalyzer.Analyze(new WeightMatrix("wide", 100, 300, t));
        wide.Should().BeEquivalentTo(tall, o => o.Excluding(x => x.Source)
            .Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-9 * Math.Max(1, Math.Abs(c.Expectation)))).WhenTypeIs<double>());
        tall.Phase.Should().Be("bulk+spikes");
        tall.NumSpikes.Should().Be(3, "θ = 4, 3, 2 are all far above the edge plus the tool's √TW margin");
        tall.SigmaMp.Should().BeInRange(0.7, 1.05, "the ESD is rescaled to mean 1 and the spikes carry part of the mass");
        tall.MpSoftrank.Should().BeApproximately(tall.BulkMax!.Value / tall.LambdaMax, 1e-15);
    }

    [Fact]
    public void A_zero_matrix_is_refused()
    {
        var act = () => WeightMatrixAnalyzer.Analyze(new WeightMatrix("z.npy", 3, 2, new double[6]));
        act.Should().Throw<MatrixFileException>().Which.Reason.Should().Contain("zero");
    }

    [Fact]
    public void Json_output_uses_the_tools_names_and_nulls_for_undefined_metrics()
    {
        var r = WeightMatrixAnalyzer.Analyze(Diagonal(3, [2, 1]));
        var json = AnalysisWriter.Json([r], "managed", "0.0.0");
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var m = doc.RootElement.GetProperty("matrices")[0];
        foreach (var name in new[] { "alpha", "D", "xmin", "lambda_max", "log_spectral_norm", "log_norm", "alpha_weighted",
                                     "log_alpha_norm", "stable_rank", "entropy", "num_spikes", "sigma_mp", "phase", "num_pl_spikes" })
            m.TryGetProperty(name, out _).Should().BeTrue(name);
        m.GetProperty("phase").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        doc.RootElement.GetProperty("schema").GetString().Should().Be("theorycheck/analyze/v1");
        AnalysisWriter.Text([r], "managed").Should().Contain("alpha_weighted").And.Contain("1 matrices");
    }
}
