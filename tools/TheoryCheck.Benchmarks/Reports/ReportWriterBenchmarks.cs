using TheoryCheck.Engine;
using BenchmarkDotNet.Attributes;
using TheoryCheck.Engine.Reports.Json;
using TheoryCheck.Engine.Reports.Html;
using TheoryCheck.Engine.Reports.Model;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Benchmarks.Reports;

/// <summary>
/// Writing report.html (plots, data tables) against writing results.json (the baseline: the same numbers as JSON),
/// for the real results of mahoney.mp.esd-ks (quick tier: a convergence plot and the ESD figure, 14 points × 40 bins)
/// and goldt2020.theorem1.ode-limit (two convergence plots, the ε_g(α) figure). Run from the repository:
///   dotnet run -c Release --project tools/TheoryCheck.Benchmarks -- --filter '*ReportWriter*'
/// </summary>
[SimpleJob(warmupCount: 2, iterationCount: 8)]
public class ReportWriterBenchmarks
{
    private RunReport _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "theory-specs"))) dir = dir.Parent;
        var specs = new SpecLoader(SolverRegistry.Default).LoadDirectory(Path.Combine(dir!.FullName, "theory-specs"))
            .Where(s => s.Id is "mahoney.mp.esd-ks" or "goldt2020.theorem1.ode-limit").ToList();
        _report = RunReportBuilder.From(new Runner().Run(specs, new RunOptions { Jobs = Environment.ProcessorCount }));
    }

    [Benchmark(Baseline = true)]
    public int ResultsJson() => ResultsJsonWriter.Write(_report).Length;

    [Benchmark]
    public int ReportHtml() => HtmlReportWriter.Write(_report).Length;
}
