using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Mahoney;

/// <summary>
/// Parameters of the exact scale identities of the PL–norm relation: the factor t of tW. The identities do not depend on
/// the shape: Q is declared (and checked) by the partner experiment only.
/// </summary>
public sealed record PlNormRelationParameters
{
    [Parameter("scale", "factor t of the rescaled copy tW used for the scale identities", Min = 1e-3, Max = 1e3, Default = 2.0)]
    public double Scale { get; init; } = 2;
}
