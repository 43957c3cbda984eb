namespace TheoryCheck.Papers.Ensembles;

/// <summary>The constructed ensembles of <see cref="EnsembleFamilies"/>.</summary>
internal enum EnsembleFamily
{
    Iid,
    UpperSharp,
    LowerSharp,
    FixedFraction,
}

/// <summary>
/// One constructed ensemble: its family, K classes, M members (the <c>members</c> parameter, or the ladder's size when
/// that is 0), the member error p (iid) and the wrong fraction f (fixed-fraction).
/// </summary>
internal readonly record struct EnsembleConstruction(string Word, int Classes, int Members, double Error, double WrongFraction)
{
    public EnsembleFamily Family { get; } = EnsembleFamilies.Parse(Word);
}
