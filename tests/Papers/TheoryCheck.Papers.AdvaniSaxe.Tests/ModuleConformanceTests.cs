using TheoryCheck.Tests;

// Cheaper stand-ins for the two slowest experiments (seconds per run at their spec points): fewer data sets / draws, smaller size.
[assembly: ConformancePoint("advani-saxe.rf.rademacher", "datasets=2", Size = 40, ReplacesSpecPoints = true)]
[assembly: ConformancePoint("advani-saxe.linear.smallest-eigenvalue", "draws-times-n=5000", Size = 50, ReplacesSpecPoints = true)]

namespace TheoryCheck.Papers.AdvaniSaxe.Tests;

/// <summary>The solver contract (<see cref="SolverConformanceTests"/>) for every theory and experiment of this module's specs.</summary>
public sealed class ModuleConformanceTests : SolverConformanceTests;
