namespace TheoryCheck.Engine.Checks;

/// <summary>How an error is formed from an experiment quantity and a theory value.</summary>
public enum ErrorKind { Absolute, Relative }

/// <summary>The error whose decay a <c>converges</c> check fits: a quantity, or |experiment − theory| (absolute or relative).</summary>
public sealed record ErrorDefinition(QuantityRef Quantity, QuantityRef? Theory, ErrorKind Kind)
{
    public override string ToString() => Theory is null
        ? Quantity.ToString()
        : Kind == ErrorKind.Relative ? $"|{Quantity} - {Theory}| / |{Theory}|" : $"|{Quantity} - {Theory}|";
}

/// <summary>size^Power · error must lie in [Min, Max] at every size.</summary>
public sealed record NormalisedBand(double Power, double Min, double Max);

public sealed record ConvergesDefinition(
    ErrorDefinition Error, double SlopeLow, double SlopeHigh, double? Final, NormalisedBand? Band, bool Pooled,
    string Reason, int Line) : CheckDefinition("converges", Reason, Line)
{
    /// <summary>The claimed rate itself, when the theory gives one: the fitted 95% interval must contain it.</summary>
    public double? Rate { get; init; }

    /// <summary>The rates a wrong theory would give (0 for no convergence, −1/2 for Monte Carlo noise…): the fitted 95%
    /// interval must exclude every one, so a pass says "the claimed rate" and not "the claimed rate or its rival".</summary>
    public IReadOnlyList<double> Alternatives { get; init; } = [];

    /// <summary>Why the claimed interval may be wider than the gap to the nearest alternative (else the loader refuses it).</summary>
    public string? Why { get; init; }

    public override ICheckKind Checker => new ConvergesKind();

    public override string Describe()
    {
        var text = $"log-log slope of {Error} in [{F(SlopeLow)}, {F(SlopeHigh)}]";
        if (Rate is double rate) text += $"; 95% CI contains {F(rate)}";
        if (Alternatives.Count > 0) text += $"; 95% CI excludes {string.Join(", ", Alternatives.Select(F))}";
        if (Final is double f) text += $"; error at the largest size <= {F(f)}";
        if (Band is { } b) text += $"; size^{F(b.Power)} * error in [{F(b.Min)}, {F(b.Max)}]";
        return text;
    }
}
