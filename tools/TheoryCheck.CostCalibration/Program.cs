// Calibration of the experiments' cost estimates (issue 14, "no command runs longer than its estimate + 10%").
//   dotnet run -c Release --project tools/TheoryCheck.CostCalibration -- [estimates|calibrate] [specs folder] [filter prefix]
// estimates: each claim's estimated work units per tier (the loader's limits lifted), and the largest per tier.
// calibrate: a tiny benchmark of the same work units (Gaussian draws, a matrix product, a symmetric eigenproblem) gives one
// work-units-per-second rate for this machine and this run; then every quick-tier claim runs alone (one job) and its wall
// time is compared with estimate / rate. Prints per claim actual/estimate, and the count above 1.1. Not a unit test: the
// timings are only meaningful side by side within one run.
using System.Diagnostics;
using System.Globalization;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine;
using TheoryCheck.Engine.Running;
using TheoryCheck.Engine.Specs;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using static TheoryCheck.Abstractions.CostTerms;

var mode = args.Length > 0 ? args[0] : "calibrate";
var folder = args.Length > 1 ? args[1] : "theory-specs";
var prefix = args.Length > 2 ? args[2] : "";
var unlimited = SpecLimits.Default with { MaxOperations = double.MaxValue, MaxMemoryBytes = double.MaxValue };
var specs = new SpecLoader(SolverRegistry.Default) { Limits = unlimited }.LoadDirectory(folder)
    .Where(s => s.Id.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
string F(double x) => x.ToString("G3", CultureInfo.InvariantCulture);

if (mode == "estimates")
{
    foreach (var tier in new[] { Tier.Quick, Tier.Full })
    {
        var rows = specs.Where(s => s.Ladders.ContainsKey(tier))
            .Select(s => (s.Id, Work: LadderCost.Operations(s.Experiment, s.Ladders[tier], s.Series) ?? double.NaN)).OrderByDescending(r => r.Work).ToList();
        foreach (var (id, work) in rows.Take(10)) Console.WriteLine($"{tier,-5} {F(work),10}  {id}");
        Console.WriteLine($"{tier}: {rows.Count} claims, largest {F(rows.Max(r => r.Work))}, total {F(rows.Sum(r => r.Work))} work units");
    }
    return 0;
}

var rate = Benchmark();
Console.WriteLine($"rate: {F(rate)} work units per second (benchmark of this run)");
int above = 0, count = 0;
double worst = 0;
var worstId = "";
foreach (var spec in specs)
{
    var estimate = LadderCost.Operations(spec.Experiment, spec.Ladders[Tier.Quick], spec.Series) ?? double.NaN;
    var clock = Stopwatch.StartNew();
    new Runner().Run([spec], new RunOptions { Tier = Tier.Quick, Jobs = 1 });
    var actual = clock.Elapsed.TotalSeconds;
    var ratio = actual / (estimate / rate);
    count++;
    if (ratio > 1.1) above++;
    if (ratio > worst) (worst, worstId) = (ratio, spec.Id);
    Console.WriteLine($"{spec.Id,-70} estimate {F(estimate / rate),9} s  actual {F(actual),9} s  ratio {F(ratio)}");
}
Console.WriteLine($"{count} quick claims: {above} ran longer than their estimate + 10%; worst ratio {F(worst)} ({worstId})");
return 0;

// Work units per second over the three kinds of work the estimates count (each ~0.3 s here), in the same units.
static double Benchmark()
{
    var rng = new Rng(1);
    double units = 0, seconds = 0;
    var draws = new double[4_000_000];
    var clock = Stopwatch.StartNew();
    rng.FillGaussian(draws);
    (units, seconds) = (units + Draws(draws.Length), seconds + clock.Elapsed.TotalSeconds);
    const int n = 400;
    var a = draws.AsSpan(0, n * n).ToArray();
    clock.Restart();
    var g = Dense.Backend.Multiply(a, n, n, false, a, n, n, true);
    (units, seconds) = (units + Product(n, n, n), seconds + clock.Elapsed.TotalSeconds);
    clock.Restart();
    Dense.Backend.SymmetricEigenvalues(g, n);
    (units, seconds) = (units + Eigenvalues(n), seconds + clock.Elapsed.TotalSeconds);
    return units / seconds;
}
