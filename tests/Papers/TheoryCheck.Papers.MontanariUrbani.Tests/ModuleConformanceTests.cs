using TheoryCheck.Tests;

// W (with a and u) is read only for a custom network, which no shipped spec uses: one admissible custom network
// (m = 1, d = 2, unit rows) lets the suite see that it matters.
[assembly: ConformancePoint("montanari-urbani.test-error-identity", "config=custom u=[1,0] a=[1] W=[0.6,0.8]")]
[assembly: ConformancePoint("montanari-urbani.test-error-monte-carlo", "config=custom u=[1,0] a=[1] W=[0.6,0.8]")]

// population-gd-run takes ~1 s per run at its spec point; a shorter run in a smaller dimension checks the same contract.
[assembly: ConformancePoint("montanari-urbani.population-gd-run", "d=20 horizon=40 plateau-time=10", Size = 8, ReplacesSpecPoints = true)]

namespace TheoryCheck.Papers.MontanariUrbani.Tests;

/// <summary>The solver contract (<see cref="SolverConformanceTests"/>) for every theory and experiment of this module's specs.</summary>
public sealed class ModuleConformanceTests : SolverConformanceTests;
