using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Engine.Running;

namespace TheoryCheck.Tests.Numerics.LinearAlgebra;

/// <summary>
/// The native backend gives the same bits whatever the operands' alignment, the thread count of the moment, or --jobs:
/// under OpenBLAS's Prescott kernel (the fallback for CPUs 0.3.21 does not know) managed arrays at another address
/// modulo 16 gave other bits, so --jobs 1 and 2 gave different results.json.
/// </summary>
public class BlasReproducibilityTests
{
    private static readonly Dictionary<string, string?> Prescott = new() { ["OPENBLAS_CORETYPE"] = "Prescott", ["THEORYCHECK_BACKEND"] = "native" };

    [NativeFact]
    public void Under_the_Prescott_kernel_bits_depend_on_alignment_and_the_backend_removes_the_dependence()
    {
        var (code, stdout, stderr) = ChildProcess.Cli(Prescott, "backend");

        code.Should().Be(0, stderr);
        stdout.Should().Contain("kernel Prescott");
        // The failure, reproduced: the same DGEMV at 8 offsets gives 2 results when the addresses go to the library as they are.
        stdout.Should().Contain("operands as given: 2 different results");
        // And fixed: through the backend (64-byte-aligned copies) one result.
        stdout.Should().Contain("through the backend: 1 result (reproducible)");
    }

    [NativeFact]
    public void Under_the_Prescott_kernel_one_and_two_jobs_write_the_same_results_json()
    {
        // One of the 21 quick claims whose results.json changed between --jobs 1 and 2 under Prescott (a few seconds).
        string RunWith(int jobs)
        {
            var dir = TestPaths.NewTempDirectory();
            var (code, _, stderr) = ChildProcess.Cli(Prescott, "run", "--filter", "gd.min-norm-implicit-bias", "--golden", "off",
                "--no-progress", "--jobs", jobs.ToString(), "--report", dir);
            code.Should().Be(0, stderr);
            stderr.Should().Contain("kernel Prescott");
            return File.ReadAllText(Path.Combine(dir, "results.json"));
        }

        var one = RunWith(1);
        RunWith(2).Should().Be(one);
        one.Should().Contain("\"usesLinearAlgebra\": true");
    }

    [NativeFact]
    public void The_run_header_says_which_kernel_runs_and_why()
    {
        var (_, forced, _) = ChildProcess.Cli(new Dictionary<string, string?> { ["OPENBLAS_CORETYPE"] = "SkylakeX", ["THEORYCHECK_BACKEND"] = "native" }, "backend");
        forced.Should().Contain("linear algebra: native (libopenblas.so.0, kernel SkylakeX, 1 thread; OPENBLAS_CORETYPE=SkylakeX set by the user)");

        var (_, unset, _) = ChildProcess.Cli(new Dictionary<string, string?> { ["OPENBLAS_CORETYPE"] = null, ["THEORYCHECK_BACKEND"] = "native" }, "backend");
        if (CpuFlags.HasAll("avx2", "fma"))
            unset.Should().Contain("kernel Haswell, 1 thread; pinned: OPENBLAS_CORETYPE unset and the CPU has AVX2 and FMA)");
        else
            unset.Should().Contain("chosen by OpenBLAS: the CPU lacks AVX2 or FMA");
    }

    [Fact]
    public void Descriptions_name_library_kernel_threads_origin_and_path()
    {
        var user = new OpenBlasKernel.Request("Prescott", OpenBlasKernel.Origin.User);
        OpenBlasKernel.Describe("libopenblas.so.0", "Prescott", 1, user, alignedOperands: true).Should().Be(
            "native (libopenblas.so.0, kernel Prescott, 1 thread; OPENBLAS_CORETYPE=Prescott set by the user; " +
            "the Prescott kernel's results depend on operand alignment: operands copied to 64-byte-aligned buffers)");
        OpenBlasKernel.Describe("libopenblas.so.0", "Haswell", 1, new OpenBlasKernel.Request("Haswell", OpenBlasKernel.Origin.Pinned), false).Should().Be(
            "native (libopenblas.so.0, kernel Haswell, 1 thread; pinned: OPENBLAS_CORETYPE unset and the CPU has AVX2 and FMA)");
        OpenBlasKernel.Describe("libopenblas.so.0", "Cooperlake", 1, new OpenBlasKernel.Request("bogus", OpenBlasKernel.Origin.User), false).Should().Be(
            "native (libopenblas.so.0, kernel Cooperlake, 1 thread; OPENBLAS_CORETYPE=bogus set by the user, OpenBLAS chose Cooperlake)");
        OpenBlasKernel.Describe("libopenblas.so.0", "Nehalem", 1, new OpenBlasKernel.Request(null, OpenBlasKernel.Origin.Library), true).Should().StartWith(
            "native (libopenblas.so.0, kernel Nehalem, 1 thread; chosen by OpenBLAS: the CPU lacks AVX2 or FMA; the Nehalem kernel's results depend");
        OpenBlasKernel.Describe("liblapack.so.3 + libblas.so.3", null, null, new OpenBlasKernel.Request(null, OpenBlasKernel.Origin.Library), true).Should().Be(
            "native (liblapack.so.3 + libblas.so.3; not OpenBLAS; operands copied to 64-byte-aligned buffers)");
    }

    [Fact]
    public void A_users_kernel_is_kept_and_Haswell_is_pinned_only_when_none_is_set_and_the_CPU_runs_it()
    {
        var set = new List<string>();
        bool Set(string kernel) { set.Add(kernel); return true; }

        OpenBlasKernel.Prepare(" Prescott ", cpuRunsPinned: true, Set).Should().Be(new OpenBlasKernel.Request("Prescott", OpenBlasKernel.Origin.User));
        set.Should().BeEmpty();
        OpenBlasKernel.Prepare(null, cpuRunsPinned: false, Set).Should().Be(new OpenBlasKernel.Request(null, OpenBlasKernel.Origin.Library));
        set.Should().BeEmpty();
        OpenBlasKernel.Prepare("", cpuRunsPinned: true, Set).Should().Be(new OpenBlasKernel.Request("Haswell", OpenBlasKernel.Origin.Pinned));
        set.Should().Equal("Haswell");
        OpenBlasKernel.Prepare(null, cpuRunsPinned: true, _ => false).Origin.Should().Be(OpenBlasKernel.Origin.Library, "a pin that could not be set is not claimed");
    }

    [Fact]
    public void Only_measured_kernels_skip_the_aligned_copies()
    {
        OpenBlasKernel.IsAlignmentInsensitive("Haswell").Should().BeTrue();
        OpenBlasKernel.IsAlignmentInsensitive("skylakex").Should().BeTrue();
        OpenBlasKernel.IsAlignmentInsensitive("Prescott").Should().BeFalse();
        OpenBlasKernel.IsAlignmentInsensitive("Sandybridge").Should().BeFalse();
        OpenBlasKernel.IsAlignmentInsensitive("SomeFutureCore").Should().BeFalse();
        OpenBlasKernel.IsAlignmentInsensitive(null).Should().BeFalse("reference BLAS is not measured");
    }

    [Fact]
    public void Cpu_flags_are_read_from_the_kernels_list_not_from_dotnets_settings()
    {
        var flags = CpuFlags.Parse("processor\t: 0\nvendor_id\t: AuthenticAMD\nflags\t\t: fpu sse2 avx2 fma\nbugs\t\t: none\n\nprocessor\t: 1\nflags\t\t: fpu\n");
        flags.Should().BeEquivalentTo(["fpu", "sse2", "avx2", "fma"]);
        CpuFlags.Parse("").Should().BeEmpty();
    }

    [NativeFact]
    public void The_BLAS_thread_count_is_one_from_load_on_and_nothing_outside_benchmarks_can_change_it()
    {
        var native = NativeBackend.Create();
        if (native.Threads is null) return; // a library without thread control is single-threaded
        native.Threads.Should().Be(1);
        // A run used to set 1 thread and restore the previous count at its end, so tests calling solvers beside it saw
        // the count change under them (two runs of mahoney.laguerre-vs-dense differed in the last digit).
        new Runner().Run([], new RunOptions { Jobs = 2 });
        native.Threads.Should().Be(1);
        typeof(NativeBackend).GetProperty(nameof(NativeBackend.Threads))!.SetMethod!.IsPublic.Should().BeFalse();
    }
}
