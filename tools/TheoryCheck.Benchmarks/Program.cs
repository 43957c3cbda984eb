using BenchmarkDotNet.Running;
using TheoryCheck.Benchmarks.LinearAlgebra;

// Benchmarks live one folder per module (LinearAlgebra/, Goldt2020/, ...). Run with:
//   dotnet run -c Release --project tools/TheoryCheck.Benchmarks -- --filter '*'
// A short Stopwatch timing of the linear algebra (for tools/benchmarks/run-linalg.sh):
//   dotnet run -c Release --project tools/TheoryCheck.Benchmarks -- --linalg-quick
// Stopwatch rates of the Goldt2020 SGD/ODE workloads against the reference-style baseline:
//   dotnet run -c Release --project tools/TheoryCheck.Benchmarks -- --goldt-quick
if (args.Length > 0 && args[0] == QuickTiming.Flag) return QuickTiming.Run(args[1..]);
if (args.Length > 0 && args[0] == TheoryCheck.Benchmarks.Mahoney.BidiagonalQuickTiming.Flag) return TheoryCheck.Benchmarks.Mahoney.BidiagonalQuickTiming.Run();
if (args.Length > 0 && args[0] == TheoryCheck.Benchmarks.Goldt2020.GoldtQuickTiming.Flag) return TheoryCheck.Benchmarks.Goldt2020.GoldtQuickTiming.Run();
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

public partial class Program;
