using TheoryCheck.Tests;

// family-estimators runs a random search of 500-7000 ensembles at its spec points; 50 check the same contract, in each
// configuration the specs use (the families, the fixed wrong fraction, the scatter switch).
[assembly: ConformancePoint("theisen-ensembles.family-estimators", "random-ensembles=50", ReplacesSpecPoints = true)]
[assembly: ConformancePoint("theisen-ensembles.family-estimators", "family=fixed-fraction wrong-fraction=0.6 random-ensembles=50", Size = 5, ReplacesSpecPoints = true)]
[assembly: ConformancePoint("theisen-ensembles.family-estimators", "family=lower-sharp scatter=true random-ensembles=50", ReplacesSpecPoints = true)]
[assembly: ConformancePoint("theisen-ensembles.family-estimators", "family=upper-sharp scatter=true random-ensembles=50", ReplacesSpecPoints = true)]

namespace TheoryCheck.Papers.Ensembles.Tests;

/// <summary>The solver contract (<see cref="SolverConformanceTests"/>) for every theory and experiment of this module's specs.</summary>
public sealed class ModuleConformanceTests : SolverConformanceTests;
