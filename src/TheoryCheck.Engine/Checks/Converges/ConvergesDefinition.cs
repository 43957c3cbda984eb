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
    public override ICheckKind Checker => new ConvergesKind();

    public override string Describe()
    {
        var text = $"log-log slope of {Error} in [{F(SlopeLow)}, {F(SlopeHigh)}]";
        if (Final is double f) text += $"; error at the largest size <= {F(f)}";
        if (Band is { } b) text += $"; size^{F(b.Power)} * error in [{F(b.Min)}, {F(b.Max)}]";
        return text;
    }
}
