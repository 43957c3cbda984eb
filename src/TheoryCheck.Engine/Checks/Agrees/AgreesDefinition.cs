namespace TheoryCheck.Engine.Checks;

public sealed record AgreesDefinition(QuantityRef A, QuantityRef B, Golden.Tolerance Tolerance, bool LargestOnly, string Reason, int Line)
    : CheckDefinition("agrees", Reason, Line)
{
    public override ICheckKind Checker => new AgreesKind();

    public override string Describe() => $"{A} = {B} within {Tolerance}" + (LargestOnly ? " at the largest size" : " at every point");
}
