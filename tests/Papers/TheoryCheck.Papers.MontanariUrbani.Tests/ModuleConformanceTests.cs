using TheoryCheck.Tests;

namespace TheoryCheck.Papers.MontanariUrbani.Tests;

/// <summary>The solver contract (<see cref="SolverConformanceTests"/>) for every theory and experiment of this module's specs.</summary>
public sealed class ModuleConformanceTests : SolverConformanceTests;
