namespace TheoryCheck.Engine.Specs;

/// <summary>Which sizes of the ladder a figure draws.</summary>
public enum FigureSizes { Largest, All }

/// <summary>
/// A figure the report draws in the style of the paper's (spec field <c>figures:</c>). Either <b>scalar</b>: the named
/// quantities (<c>experiment.eg</c>, <c>theory.eg</c>) against a parameter that varies across the series or against
/// the size; or <b>curve</b>: curves the solvers record at each point (<c>experiment.eg-t</c>, <c>theory.eg-t</c>).
/// Figures do not change any number: they are not part of the spec hash.
/// </summary>
public sealed record FigureDefinition
{
    public required string Title { get; init; }
    /// <summary>The x axis: a series parameter or the size name (scalar figures); the x label of curve figures ("" = the curves' own).</summary>
    public required string X { get; init; }
    /// <summary>Quantities (scalar figures) or curve names prefixed by <c>experiment.</c>/<c>theory.</c> (curve figures).</summary>
    public required IReadOnlyList<string> Series { get; init; }
    public required bool IsCurve { get; init; }
    public FigureSizes Sizes { get; init; } = FigureSizes.Largest;
    public bool LogX { get; init; }
    public bool LogY { get; init; }
    /// <summary>The published figure it mirrors, e.g. "figure 2 of 003_e91e776b970c5fa5.txt"; optional.</summary>
    public string? Paper { get; init; }
    public int Line { get; init; }
}
