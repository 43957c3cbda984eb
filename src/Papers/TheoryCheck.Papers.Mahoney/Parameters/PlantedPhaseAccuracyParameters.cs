namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Parameters of the promised classification accuracy: none. The promise (accuracy 1) holds for every shape and planted
/// phase; Q and the phase are declared (and checked) by the partner experiment <see cref="PlantedPhaseExperiment"/>.
/// </summary>
public sealed record PlantedPhaseAccuracyParameters;
