using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// What the phase classifier promises on planted matrices: every planted phase recovered (accuracy 1; the catalogue
/// validated 240/240 cases). Catalogue mahoney-rmt-htsr.md §5 `mahoney.phases.classifier` (project-defined rules).
/// </summary>
public sealed class PlantedPhaseTheory : Theory
{
    public override string Name => "mahoney.planted-phase-accuracy";
    public override string Description => "Planted ESD phases are recovered by the operational rules: accuracy 1.";
    public override string Reference => "002_1c9d07bd2d37b7d5.txt, \"RMT-based 5+1 Phases of Training\"; catalogue §5 mahoney.phases.classifier";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } = [WishartShape.QParameter()];

    public override string? Validate(Point point) => WishartShape.ValidateN(point);

    public override TheoryValues Evaluate(Point point) => new TheoryValues().Set("accuracy", 1);
}
