using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Tests.Numerics.Special;

/// <summary>
/// IEEE-754 special cases (±0, ±∞, NaN, subnormals, the overflow and underflow thresholds, domain edges): where the
/// exact result is a special value or exactly representable (0, 1, ∞, NaN, π/2 rounded...) the portable result must
/// have exactly System.Math's bits (which follow IEEE 754-2008 §9.2); elsewhere it must be within 1 ulp of it.
/// </summary>
public class PortableMathSpecialCaseTests
{
    private static readonly double[] Specials =
    [
        0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN, double.Epsilon, -double.Epsilon,
        2.2250738585072014e-308, -2.2250738585072014e-308, 2.2250738585072009e-308, double.MaxValue, double.MinValue,
        1.0, -1.0, 0.5, -0.5, 2.0, 3.0, -3.0, 1e-300, 1e300, 7.450580596923828e-9, 3.725290298461914e-9,
        709.782712893383973096, 709.7827128933841, -745.13321910194110842, -745.1332191019412, -708.4, 1e-20, -1e-20,
        Math.BitDecrement(1.0), Math.BitIncrement(1.0), Math.PI, Math.PI / 2, Math.PI / 4, 1647099.3291652855,
        1647099.3291652857, 22.0, -22.0, 28.0, -6.0, 0.84375, 1.25, 2.857142857142857, 0.975, -0.975,
    ];

    /// <summary>Exact-valued results must match bitwise (this includes the sign of zero); NaN must stay NaN.</summary>
    private static void Check(string name, double x, double mine, double reference)
    {
        if (double.IsNaN(reference))
            double.IsNaN(mine).Should().BeTrue($"{name}({x:R}) is NaN, got {mine:R}"); // NaN payloads are not specified
        else if (double.IsInfinity(reference) || reference == 0 || Math.Abs(reference) == 1.0)
            BitConverter.DoubleToInt64Bits(mine).Should().Be(BitConverter.DoubleToInt64Bits(reference), $"{name}({x:R}) = {reference:R}, got {mine:R}");
        else
            UlpDistance.Between(mine, reference).Should().BeLessThanOrEqualTo(1, $"{name}({x:R}) = {reference:R}, got {mine:R}");
    }

    [Fact]
    public void Unary_functions_follow_IEEE_special_cases()
    {
        foreach (var x in Specials)
        {
            Check("exp", x, PortableMath.Exp(x), Math.Exp(x));
            Check("log", x, PortableMath.Log(x), Math.Log(x));
            Check("log10", x, PortableMath.Log10(x), Math.Log10(x));
            Check("sin", x, PortableMath.Sin(x), Math.Sin(x));
            Check("cos", x, PortableMath.Cos(x), Math.Cos(x));
            Check("tanh", x, PortableMath.Tanh(x), Math.Tanh(x));
            Check("asin", x, PortableMath.Asin(x), Math.Asin(x));
            Check("acos", x, PortableMath.Acos(x), Math.Acos(x));
            Check("cbrt", x, PortableMath.Cbrt(x), Math.Cbrt(x));
            // MathNet returns +0 for erf(−0); C99 Annex F (and fdlibm) give −0, as erf is odd.
            Check("erf", x, PortableMath.Erf(x), x == 0 ? x : MathNet.Numerics.SpecialFunctions.Erf(x));
        }
    }

    [Fact]
    public void Erfc_limits()
    {
        PortableMath.Erfc(double.PositiveInfinity).Should().Be(0.0);
        PortableMath.Erfc(double.NegativeInfinity).Should().Be(2.0);
        double.IsNaN(PortableMath.Erfc(double.NaN)).Should().BeTrue();
        PortableMath.Erfc(0.0).Should().Be(1.0);
        PortableMath.Erfc(-0.0).Should().Be(1.0);
        PortableMath.Erfc(30.0).Should().Be(0.0);
        PortableMath.Erfc(-30.0).Should().Be(2.0);
        PortableMath.Erfc(27.0).Should().BeGreaterThan(0.0).And.BeLessThan(1e-310); // subnormal, not flushed
    }

    [Fact]
    public void Exact_values_are_exact()
    {
        PortableMath.Exp(0.0).Should().Be(1.0);
        PortableMath.Log(1.0).Should().Be(0.0);
        for (var k = -22; k <= 22; k++)
        {
            var p = PortableMath.Pow(10, k);
            if (k >= 0) p.Should().Be(double.Parse($"1e{k}"), $"10^{k} is a double");
            PortableMath.Log10(double.Parse($"1e{k}")).Should().Be(k, $"log10(1e{k})");
        }
        PortableMath.Pow(2, -1074).Should().Be(double.Epsilon);
        PortableMath.Pow(2, 1023).Should().Be(Math.ScaleB(1.0, 1023));
        PortableMath.Pow(-3, 3).Should().Be(-27.0);
        PortableMath.Cbrt(-27.0).Should().Be(-3.0);
        PortableMath.Cbrt(1e-318 * 0 + 8 * double.Epsilon).Should().Be(Math.ScaleB(1.0, -357));
    }

    private static readonly double[] PowSpecials =
    [
        0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0,
        -3.0, 2.5, -2.5, 9007199254740993.0 * 2, -9007199254740992.0, 9007199254740991.0, -9007199254740991.0, 1e300, -1e300,
        double.Epsilon, -double.Epsilon, Math.BitIncrement(1.0), Math.BitDecrement(1.0), 1e19, -1e19, 1075.0, -1075.0,
    ];

    [Fact]
    public void Pow_follows_IEEE_special_cases()
    {
        foreach (var x in PowSpecials)
            foreach (var y in PowSpecials)
                Check($"pow[{y:R}]", x, PortableMath.Pow(x, y), Math.Pow(x, y));
    }
}
