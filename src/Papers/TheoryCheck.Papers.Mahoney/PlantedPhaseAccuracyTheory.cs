using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// What the phase classifier promises on planted matrices: every planted phase recovered (accuracy 1). The rules are
/// this project's operational reading of the "5+1 phases of training" (Martin and Mahoney 2021; Mahoney (2023) slides,
/// "RMT-based 5+1 Phases of Training"), see <see cref="PhaseClassifier"/>.
/// </summary>
[Solver("mahoney.planted-phase-accuracy", "Planted ESD phases are recovered by the operational rules: accuracy 1.",
    Reference = "slides \"RMT-based 5+1 Phases of Training\" (project-defined rules)")]
[Output("accuracy", "1: every planted phase is recovered")]
public sealed class PlantedPhaseAccuracyTheory : Theory<PlantedPhaseAccuracyParameters>
{
    protected override TheoryValues Evaluate(Point point, PlantedPhaseAccuracyParameters parameters) => new TheoryValues().Set("accuracy", 1);
}
