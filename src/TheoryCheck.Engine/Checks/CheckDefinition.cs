namespace TheoryCheck.Engine.Checks;

/// <summary>A check as the spec declares it. <see cref="Reason"/> says where its tolerance comes from.</summary>
public abstract record CheckDefinition(string Kind, string Reason, int Line)
{
    /// <summary>One line a person can read, e.g. "slope of experiment.ks in [-1, -0.7]".</summary>
    public abstract string Describe();
}

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
    public override string Describe()
    {
        var text = $"log-log slope of {Error} in [{F(SlopeLow)}, {F(SlopeHigh)}]";
        if (Final is double f) text += $"; error at the largest size <= {F(f)}";
        if (Band is { } b) text += $"; size^{F(b.Power)} * error in [{F(b.Min)}, {F(b.Max)}]";
        return text;
    }

    internal static string F(double v) => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>The bound is a number or a quantity.</summary>
public sealed record BoundTarget(double? Value, QuantityRef? Quantity)
{
    public override string ToString() => Value is double v ? ConvergesDefinition.F(v) : Quantity!.ToString();
}

public sealed record BoundDefinition(QuantityRef Quantity, bool Above, BoundTarget Bound, double MarginSe, string Reason, int Line)
    : CheckDefinition("bound", Reason, Line)
{
    public override string Describe() =>
        $"{Quantity} {(Above ? ">=" : "<=")} {Bound} at every point" + (MarginSe > 0 ? $" (margin {ConvergesDefinition.F(MarginSe)} se)" : "");
}

public sealed record AgreesDefinition(QuantityRef A, QuantityRef B, Golden.Tolerance Tolerance, bool LargestOnly, string Reason, int Line)
    : CheckDefinition("agrees", Reason, Line)
{
    public override string Describe() => $"{A} = {B} within {Tolerance}" + (LargestOnly ? " at the largest size" : " at every point");
}
