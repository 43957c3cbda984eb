namespace TheoryCheck.Engine.Checks;

/// <summary>The bound is a number or a quantity.</summary>
public sealed record BoundTarget(double? Value, QuantityRef? Quantity)
{
    public override string ToString() => Value is double v ? CheckDefinition.F(v) : Quantity!.ToString();
}

public sealed record BoundDefinition(QuantityRef Quantity, bool Above, BoundTarget Bound, double MarginSe, string Reason, int Line)
    : CheckDefinition("bound", Reason, Line)
{
    public override ICheckKind Checker => new BoundKind();

    public override string Describe() =>
        $"{Quantity} {(Above ? ">=" : "<=")} {Bound} at every point" + (MarginSe > 0 ? $" (margin {F(MarginSe)} se)" : "");
}
