using BenchmarkDotNet.Running;

// Benchmarks live one folder per module (LinearAlgebra/, Goldt2020/, ...). Run with:
//   dotnet run -c Release --project tools/TheoryCheck.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;
