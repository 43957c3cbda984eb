using TheoryCheck.Tests;

namespace TheoryCheck.Papers.Rmt4ml.Tests;

/// <summary>The solver contract (<see cref="SolverConformanceTests"/>) for every theory and experiment of this module's specs.</summary>
public sealed class ModuleConformanceTests : SolverConformanceTests;
