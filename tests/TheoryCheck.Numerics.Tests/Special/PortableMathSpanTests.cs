using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Tests.Numerics.Special;

/// <summary>The span versions give exactly the scalar bits, element by element (including in place).</summary>
public class PortableMathSpanTests
{
    private static double[] Inputs()
    {
        var rng = new System.Random(21);
        return Enumerable.Range(0, 1003).Select(i => (rng.NextDouble() - 0.5) * (i % 3 == 0 ? 1e4 : 20)).ToArray();
    }

    [Fact]
    public void Exp_span_matches_scalar_in_place()
    {
        var x = Inputs();
        var y = (double[])x.Clone();
        PortableMath.Exp(y, y);
        for (var i = 0; i < x.Length; i++) BitConverter.DoubleToInt64Bits(y[i]).Should().Be(BitConverter.DoubleToInt64Bits(PortableMath.Exp(x[i])));
    }

    [Fact]
    public void Cos_span_matches_scalar()
    {
        var x = Inputs();
        var y = new double[x.Length];
        PortableTrig.Cos(x, y);
        for (var i = 0; i < x.Length; i++) BitConverter.DoubleToInt64Bits(y[i]).Should().Be(BitConverter.DoubleToInt64Bits(PortableMath.Cos(x[i])));
    }

    [Fact]
    public void Erf_span_matches_scalar()
    {
        var x = Inputs();
        var y = new double[x.Length];
        PortableErf.Erf(x, y);
        for (var i = 0; i < x.Length; i++) BitConverter.DoubleToInt64Bits(y[i]).Should().Be(BitConverter.DoubleToInt64Bits(PortableMath.Erf(x[i])));
    }

    [Fact]
    public void A_short_destination_is_rejected()
    {
        var act = () => PortableMath.Exp(new double[3], new double[2]);
        act.Should().Throw<ArgumentException>();
    }
}
