using TheoryCheck.Tests;

// Cheaper stand-ins for the slowest experiments: fewer Monte Carlo samples per run.
[assembly: ConformancePoint("mahoney.ht-lmax-batch", "samples=20", Size = 50, ReplacesSpecPoints = true)]
[assembly: ConformancePoint("mahoney.laguerre-vs-dense", "samples=200", ReplacesSpecPoints = true)]

namespace TheoryCheck.Papers.Mahoney.Tests;

/// <summary>The solver contract (<see cref="SolverConformanceTests"/>) for every theory and experiment of this module's specs.</summary>
public sealed class ModuleConformanceTests : SolverConformanceTests;
