using System.Diagnostics;
using System.Globalization;
using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Benchmarks.LinearAlgebra;

/// <summary>
/// A short Stopwatch measurement for tools/benchmarks/run-linalg.sh (the BenchmarkDotNet classes beside this
/// file are the thorough version). Prints one tab-separated line per case:
/// <c>RESULT op backend driver n threads median_ms min_ms repeats</c>.
/// </summary>
/// <remarks>
/// usage: --linalg-quick [--n 2000] [--repeats 5] [--drivers syevd,syevr] [--values-only-drivers syev]
///                       [--managed-n 1000] [--managed-repeats 1]
/// DSYEV with vectors (implicit QL) is ~10x slower than the others at n = 2000, so it is timed values-only by default.
/// The managed backend is timed at --managed-n, and the native default driver there too, for a like-for-like ratio.
/// </remarks>
public static class QuickTiming
{
    public const string Flag = "--linalg-quick";

    public static int Run(string[] args)
    {
        var n = Option(args, "--n", 2000);
        var repeats = Option(args, "--repeats", 5);
        var managedN = Option(args, "--managed-n", 1000);
        var managedRepeats = Option(args, "--managed-repeats", 1);
        var drivers = Drivers(OptionText(args, "--drivers") ?? "syevd,syevr");
        var valuesOnlyDrivers = Drivers(OptionText(args, "--values-only-drivers") ?? "syev");

        var native = NativeBackend.TryCreate(out var failure);
        if (native is null)
            Console.WriteLine($"# native backend unavailable: {failure}");
        else
        {
            var threads = native.Threads?.ToString(CultureInfo.InvariantCulture) ?? "n/a";
            Console.WriteLine($"# {native.Name}; threads {threads}; {native.LibraryConfig}");
            var a = BenchMatrices.Symmetric(n);
            foreach (var driver in drivers)
            {
                var b = native.WithDrivers(driver, driver);
                Report("eigvalsh", b.Name, driver.ToString(), n, threads, Time(() => b.SymmetricEigenvalues(a, n), repeats));
                Report("eigh", b.Name, driver.ToString(), n, threads, Time(() => b.SymmetricEigen(a, n), repeats));
            }
            foreach (var driver in valuesOnlyDrivers.Except(drivers))
            {
                var b = native.WithDrivers(driver, driver);
                Report("eigvalsh", b.Name, driver.ToString(), n, threads, Time(() => b.SymmetricEigenvalues(a, n), repeats));
            }
            if (managedN > 0)
            {
                var small = BenchMatrices.Symmetric(managedN);
                Report("eigvalsh", native.Name, native.ValuesDriver.ToString(), managedN, threads, Time(() => native.SymmetricEigenvalues(small, managedN), repeats));
                Report("eigh", native.Name, native.VectorsDriver.ToString(), managedN, threads, Time(() => native.SymmetricEigen(small, managedN), repeats));
            }
        }

        if (managedN > 0)
        {
            var managed = new ManagedBackend();
            var a = BenchMatrices.Symmetric(managedN);
            Report("eigvalsh", managed.Name, "-", managedN, "-", Time(() => managed.SymmetricEigenvalues(a, managedN), managedRepeats));
            Report("eigh", managed.Name, "-", managedN, "-", Time(() => managed.SymmetricEigen(a, managedN), managedRepeats));
        }
        return 0;
    }

    private static (double Median, double Min, int Repeats) Time(Action action, int repeats)
    {
        action(); // warm-up: JIT, library initialisation, first-touch of workspace pages
        var times = new double[repeats];
        for (var r = 0; r < repeats; r++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times[r] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(times);
        var median = repeats % 2 == 1 ? times[repeats / 2] : (times[repeats / 2 - 1] + times[repeats / 2]) / 2;
        return (median, times[0], repeats);
    }

    private static void Report(string op, string backend, string driver, int n, string threads, (double Median, double Min, int Repeats) t) =>
        Console.WriteLine(string.Join('\t', "RESULT", op, backend, driver, n.ToString(CultureInfo.InvariantCulture), threads,
            t.Median.ToString("F1", CultureInfo.InvariantCulture), t.Min.ToString("F1", CultureInfo.InvariantCulture),
            t.Repeats.ToString(CultureInfo.InvariantCulture)));

    private static SymmetricEigenDriver[] Drivers(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => Enum.Parse<SymmetricEigenDriver>(d, ignoreCase: true)).ToArray();

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
