using System.Text.Json;
using TheoryCheck.Cli;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Mahoney;

namespace TheoryCheck.Tests.Cli;

/// <summary><c>theorycheck analyze</c>: table and JSON on stdout, every bad file named on stderr with exit 4 and nothing on stdout.</summary>
public class AnalyzeCliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = TheoryCheckCli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string HeavyTailedNpy(string dir)
    {
        var w = HeavyTailed.RandomMatrix(new Rng(1), 120, 40, 1, "symmetric-pareto");
        var m = new double[120, 40];
        for (var i = 0; i < 120; i++)
            for (var j = 0; j < 40; j++)
                m[i, j] = w[j * 120 + i];
        return NpyFiles.Save(dir, "layer1.npy", NpyFiles.Matrix(m, float32: true));
    }

    [Fact]
    public void Analyze_prints_a_table_with_the_tools_metric_names()
    {
        var dir = TestPaths.NewTempDirectory();
        var (code, stdout, _) = Run("analyze", HeavyTailedNpy(dir));
        code.Should().Be(ExitCodes.Ok);
        stdout.Should().Contain("layer1.npy").And.Contain("alpha_weighted").And.Contain("log_spectral_norm").And.Contain("heavy-tailed");
    }

    [Fact]
    public void Analyze_as_json_writes_only_json_to_stdout()
    {
        var dir = TestPaths.NewTempDirectory();
        var csv = Path.Combine(dir, "small.csv");
        File.WriteAllLines(csv, Enumerable.Range(0, 30).Select(i => string.Join(",", Enumerable.Range(0, 12).Select(j => Math.Sin(i * 13 + j * 7 + 1).ToString("R", System.Globalization.CultureInfo.InvariantCulture)))));
        var (code, stdout, _) = Run("analyze", HeavyTailedNpy(dir), csv, "--format", "json");
        code.Should().Be(ExitCodes.Ok);
        using var doc = JsonDocument.Parse(stdout);
        var matrices = doc.RootElement.GetProperty("matrices");
        matrices.GetArrayLength().Should().Be(2);
        matrices[0].GetProperty("alpha").GetDouble().Should().BeInRange(1, 3);
        matrices[1].GetProperty("N").GetInt32().Should().Be(30);
        matrices[1].GetProperty("M").GetInt32().Should().Be(12);
    }

    [Fact]
    public void Every_malformed_or_unsupported_file_is_named_and_exits_4_with_nothing_on_stdout()
    {
        var dir = TestPaths.NewTempDirectory();
        var good = NpyFiles.Matrix(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } });
        var nan = new double[,] { { 1, double.NaN }, { 3, 4 } };
        var files = new[]
        {
            NpyFiles.Save(dir, "three-d.npy", [.. NpyFiles.Header("<f4", false, "(2, 3, 4)"), .. new byte[96]]),
            NpyFiles.Save(dir, "complex.npy", [.. NpyFiles.Header("<c16", false, "(2, 2)"), .. new byte[64]]),
            NpyFiles.Save(dir, "truncated.npy", good[..^4]),
            NpyFiles.Save(dir, "nan.npy", NpyFiles.Matrix(nan)),
            NpyFiles.Save(dir, "magic.npy", [.. "GIF89a"u8.ToArray(), .. good[6..]]),
            NpyFiles.Save(dir, "weights.h5", good),
            Path.Combine(dir, "missing.npy"),
        };
        var (code, stdout, stderr) = Run(["analyze", HeavyTailedNpy(dir), .. files]);
        code.Should().Be(ExitCodes.UsageError);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("three-d.npy: error: the array is 3-D")
            .And.Contain("complex.npy: error: unsupported dtype '<c16' (complex)")
            .And.Contain("truncated.npy: error: truncated")
            .And.Contain("nan.npy: error: entry [0, 1] is NaN")
            .And.Contain("magic.npy: error: not a .npy file")
            .And.Contain("weights.h5: error: unsupported file type '.h5'")
            .And.Contain("missing.npy: error: file not found")
            .And.Contain("7 error(s)");
    }

    [Fact]
    public void A_bad_csv_field_is_located_to_line_and_column()
    {
        var dir = TestPaths.NewTempDirectory();
        var csv = Path.Combine(dir, "bad.csv");
        File.WriteAllLines(csv, ["1,2,3", "4,five,6"]);
        var (code, _, stderr) = Run("analyze", csv);
        code.Should().Be(ExitCodes.UsageError);
        stderr.Should().Contain("bad.csv:2:2: error: field 2 is 'five', not a number");
    }

    [Fact]
    public void Analyze_without_files_is_a_usage_error() => Run("analyze").Code.Should().Be(ExitCodes.UsageError);
}
