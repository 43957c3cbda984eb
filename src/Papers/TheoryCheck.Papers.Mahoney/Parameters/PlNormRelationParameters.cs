using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>Parameters of the exact scale identities of the PL–norm relation: the shape and the factor t of tW.</summary>
public sealed record PlNormRelationParameters
{
    [Parameter("Q", "aspect ratio N/M of W (N rows, M columns); the claims need Q >= 1", Min = 1, Max = 1e6)]
    public double Q { get; init; }

    [Parameter("scale", "factor t of the rescaled copy tW used for the scale identities", Min = 1e-3, Max = 1e3, Default = 2.0)]
    public double Scale { get; init; } = 2;
}
