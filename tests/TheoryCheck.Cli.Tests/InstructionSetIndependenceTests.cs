using System.Diagnostics;
using System.Text.Json.Nodes;

namespace TheoryCheck.Tests.Numerics.Kernels;

/// <summary>
/// Child processes with the JIT's SIMD support cut down (DOTNET_EnableAVX512=0, DOTNET_EnableAVX2=0,
/// DOTNET_EnableHWIntrinsic=0) must produce the same bits as a default one: the kernel probe, and a short claim run
/// by the CLI with the managed backend (no BLAS).
/// </summary>
public class InstructionSetIndependenceTests
{
    private static readonly string Bin = AppContext.BaseDirectory;

    private static (int Exit, string Output) Dotnet(string dll, IEnumerable<string> args, IDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = TestPaths.RepoRoot };
        start.ArgumentList.Add(Path.Combine(Bin, dll));
        foreach (var a in args) start.ArgumentList.Add(a);
        // Start from the test host's environment minus any SIMD switches it may carry, then set this case's.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("DOTNET_Enable", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(key);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static (string Flags, string Body) Probe(Dictionary<string, string> environment)
    {
        var (exit, output) = Dotnet("TheoryCheck.Cli.Tests.dll", [KernelProbe.Command], environment);
        exit.Should().Be(0, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith(KernelProbe.FlagsPrefix);
        return (lines[0], string.Join('\n', lines.Skip(1)));
    }

    [Fact]
    public void Kernel_bits_do_not_depend_on_the_instruction_set()
    {
        var (_, reference) = Probe([]);
        reference.Split('\n').Length.Should().BeGreaterThan(50);

        var (noAvx512, body512) = Probe(new() { ["DOTNET_EnableAVX512"] = "0" });
        noAvx512.Should().Contain("v512=False");
        body512.Should().Be(reference, "AVX-512 disabled");

        var (noAvx2, body2) = Probe(new() { ["DOTNET_EnableAVX2"] = "0" });
        noAvx2.Should().Contain("v256=False", "the switch must take effect for the comparison to mean anything");
        body2.Should().Be(reference, "AVX2 disabled");

        var (scalar, body0) = Probe(new() { ["DOTNET_EnableHWIntrinsic"] = "0" });
        scalar.Should().Contain("v128=False").And.Contain("v256=False");
        body0.Should().Be(reference, "all hardware intrinsics disabled");
    }

    [Fact]
    public void A_claim_gives_the_same_results_json_without_simd()
    {
        const string claim = ClaimId;
        var defaults = RunClaim(claim, []);
        var scalar = RunClaim(claim, new() { ["DOTNET_EnableHWIntrinsic"] = "0", ["DOTNET_EnableAVX2"] = "0" });
        scalar.Should().Be(defaults);
    }

    /// <summary>A quick-tier claim whose experiment is online SGD (dot products and axpys every step).</summary>
    private const string ClaimId = "goldt2020.scm-linear.asymptotic-error";

    /// <summary>The claim's results (every spec entry without its golden comparison) as JSON text.</summary>
    private static string RunClaim(string claim, Dictionary<string, string> environment)
    {
        var report = TestPaths.NewTempDirectory();
        environment["CI"] = "true";
        environment["THEORYCHECK_BACKEND"] = "managed";
        var (exit, output) = Dotnet("TheoryCheck.Cli.dll",
            ["run", "--tier", "quick", "--filter", claim, "--report", report, "--no-progress"], environment);
        File.Exists(Path.Combine(report, "results.json")).Should().BeTrue($"the CLI exited with {exit}: {output}");
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(report, "results.json")))!;
        Directory.Delete(report, recursive: true);
        var specs = results["specs"]!.AsArray();
        specs.Count.Should().Be(1, output);
        var spec = specs[0]!.AsObject();
        spec["status"]!.GetValue<string>().Should().Be("reproduced", output);
        spec.Remove("golden");
        return spec.ToJsonString();
    }
}
