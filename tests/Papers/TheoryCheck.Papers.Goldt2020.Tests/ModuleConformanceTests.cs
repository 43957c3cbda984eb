using TheoryCheck.Tests;

// The copies state differs from the specialised one only when K exceeds M by more than one copy per teacher unit
// (K = 4, M = 2); the specs' smallest rung has K = M. K is read only when L = −1 (otherwise K = M + L).
[assembly: ConformancePoint("goldt2020.ode-fixed-point", "", Size = 4)]
[assembly: ConformancePoint("goldt2020.scm-erf.eq11", "L=-1 K=3")]

namespace TheoryCheck.Papers.Goldt2020.Tests;

/// <summary>The solver contract (<see cref="SolverConformanceTests"/>) for every theory and experiment of this module's specs.</summary>
public sealed class ModuleConformanceTests : SolverConformanceTests;
