using TheoryCheck.Abstractions;

namespace TheoryCheck.Engine.Specs;

/// <summary>Which ladder a run uses: <c>quick</c> (every CI build) or <c>full</c> (the deep run).</summary>
public enum Tier { Quick, Full }

/// <summary>Where a claim comes from: the seed document and the equation, slide or section in it, and what the claim
/// says about it (<see cref="Verdict"/>; for corrects/refutes, <see cref="Change"/>: what the seed gets wrong and the decisive numbers).</summary>
public sealed record SourceRef(string Document, string Reference)
{
    public SourceVerdict? Verdict { get; init; }
    public string? Change { get; init; }
}

/// <summary>The sizes and number of seeds of one tier.</summary>
public sealed record Ladder(string SizeName, IReadOnlyList<int> Sizes, int Seeds);

/// <summary>A validated claim: everything needed to run it, with the lines that errors and annotations point at.</summary>
public sealed record Spec
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Paper { get; init; }
    public required string FilePath { get; init; }
    public required string Claim { get; init; }
    public required SourceRef Source { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required Tier Tier { get; init; }
    public required Theory Theory { get; init; }
    public required Experiment Experiment { get; init; }
    /// <summary>One dictionary of parameter values per series (lists of scalar parameters expanded, defaults filled in).</summary>
    public required IReadOnlyList<IReadOnlyDictionary<string, object>> Series { get; init; }
    public required IReadOnlyDictionary<Tier, Ladder> Ladders { get; init; }
    public required IReadOnlyList<Checks.CheckDefinition> Checks { get; init; }
    public required Golden.GoldenTolerances GoldenTolerances { get; init; }
    public string? KnownFailure { get; init; }
    /// <summary>Figures the report draws in the style of the paper's (optional).</summary>
    public IReadOnlyList<FigureDefinition> Figures { get; init; } = [];
    /// <summary>
    /// The curves its golden file records (<c>theory.NAME</c>, <c>experiment.NAME</c>): those a figure draws, a check
    /// reads or <c>golden.keep-curves</c> lists; null records every curve. Scalars and check statistics are always recorded.
    /// </summary>
    public IReadOnlySet<string>? GoldenCurves { get; init; }
    /// <summary>Hash of what determines the numbers (solvers, parameters, ladders): golden files record it.</summary>
    public required string Hash { get; init; }
    /// <summary>Line of the <c>id:</c> field, for annotations.</summary>
    public int Line { get; init; } = 1;

    /// <summary>The points of one tier: every series at every size, series-major.</summary>
    public IReadOnlyList<Point> Points(Tier tier)
    {
        var ladder = Ladders[tier];
        return Series.SelectMany(values => ladder.Sizes.Select(size => new Point(ladder.SizeName, size, values))).ToList();
    }
}
