using TheoryCheck.Tests;

// belkin.rff-sweep takes ~1 s per run at its spec point (20 draws x 14 ratios at n = 100); the contract is the same on 3 draws x the 6 ratios the shape outputs need, at n = 40.
[assembly: ConformancePoint("belkin.rff-sweep", "draws=3 n-test=100 d-over-n=[0.2,0.5,0.9,1,1.1,16]", Size = 40, ReplacesSpecPoints = true)]

namespace TheoryCheck.Papers.DoubleDescentNotes.Tests;

/// <summary>The solver contract (<see cref="SolverConformanceTests"/>) for every theory and experiment of this module's specs.</summary>
public sealed class ModuleConformanceTests : SolverConformanceTests;
