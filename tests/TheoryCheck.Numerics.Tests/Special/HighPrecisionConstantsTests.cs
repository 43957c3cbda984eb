using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Tests.Numerics.Special;

/// <summary>
/// The integer-arithmetic constants against their published hexadecimal expansions, and the hard-coded split
/// constants of the kernels against those (so a mistyped hex constant is caught).
/// </summary>
public class HighPrecisionConstantsTests
{
    // Published expansions: π = 3.243F6A8885A308D3 13198A2E03707344 A4093822299F31D0 (hex), ln 2 = 0.B17217F7D1CF79AB
    // C9E3B39803F2F6AF 40F343267298B62D, 2/π = 0.A2F9836E4E441529 FC2757D1F534DDC0 DB6295993C439041 (fdlibm's ipio2).
    [Theory]
    [InlineData("pi", "3243F6A8885A308D313198A2E03707344A4093822299F31D0")]
    [InlineData("ln2", "B17217F7D1CF79ABC9E3B39803F2F6AF40F343267298B62D")]
    [InlineData("2/pi", "A2F9836E4E441529FC2757D1F534DDC0DB6295993C439041")]
    public void Leading_hex_digits_match_the_published_expansion(string name, string digits)
    {
        var bits = 4 * (digits.Length - (name == "pi" ? 1 : 0));
        var v = name switch
        {
            "pi" => HighPrecisionConstants.Pi(bits),
            "ln2" => HighPrecisionConstants.Ln2(bits),
            _ => HighPrecisionConstants.TwoOverPi(bits),
        };
        v.ToString("X").TrimStart('0').Should().Be(digits);
    }

    [Fact]
    public void Ln10_is_ln2_times_log2_of_10()
    {
        // ln 10 = 2.302585092994045684017991454684364207601... (published decimal expansion).
        var v = HighPrecisionConstants.Ln10(200);
        var scaled = (v * System.Numerics.BigInteger.Pow(10, 39)) >> 200;
        scaled.ToString().Should().Be("2302585092994045684017991454684364207601");
    }

    [Fact]
    public void Kernel_split_constants_are_the_leading_bits_of_ln2_and_pi_over_2()
    {
        const int b = 400;
        var ln2 = HighPrecisionConstants.Ln2(b);
        var pi = HighPrecisionConstants.Pi(b);
        HighPrecisionConstants.Split(ln2, b, 32, 53).Should().Equal(PortableExp.Ln2Hi, PortableExp.Ln2Lo);
        HighPrecisionConstants.Split(ln2, b, 32, 32, 53).Should().Equal(PortableExp.Ln2Hi, PortableExp.Ln2Mid, PortableExp.Ln2Tail);
        HighPrecisionConstants.Split(ln2, b + 6, 36, 53).Should().Equal(PortableExp.Ln2Over64Hi, PortableExp.Ln2Over64Lo);
        HighPrecisionConstants.Split(pi, b + 1, 33, 33, 53).Should().Equal(TrigReduction.Pio2Part1, TrigReduction.Pio2Part2, TrigReduction.Pio2Part3);
        HighPrecisionConstants.Split(pi, b + 1, 53, 53).Should().Equal(TrigReduction.Pio2Hi, TrigReduction.Pio2Lo);
        var s = 2 * b;
        HighPrecisionConstants.Split((System.Numerics.BigInteger.One << (s + b)) / ln2, s, 53)[0].Should().Be(PortableExp.InvLn2);
        HighPrecisionConstants.Split((System.Numerics.BigInteger.One << (s + b + 6)) / ln2, s, 53)[0].Should().Be(PortableExp.SixtyFourOverLn2);
        HighPrecisionConstants.Split((System.Numerics.BigInteger.One << (s + b + 1)) / pi, s, 53)[0].Should().Be(TrigReduction.InvPio2);
    }

    [Fact]
    public void The_exp_table_holds_two_to_the_j_over_64()
    {
        PortableExp.TableHi[0].Should().Be(1.0);
        PortableExp.TableLo[0].Should().Be(0.0);
        PortableExp.TableHi[32].Should().Be(Math.Sqrt(2)); // correctly rounded √2
        for (var j = 0; j < 64; j++)
        {
            // (hi + lo)^64 = 2^j to double-double accuracy: compare the sixth square of the table entry with 2^j.
            var h = PortableExp.TableHi[j];
            var l = PortableExp.TableLo[j];
            for (var i = 0; i < 6; i++)
            {
                var sh = h * h;
                var sl = Math.FusedMultiplyAdd(h, h, -sh) + 2 * h * l;
                h = sh + sl;
                l = sl - (h - sh);
            }
            ((h - Math.ScaleB(1.0, j)) + l).Should().BeApproximately(0, Math.ScaleB(1.0, j) * 1e-28, $"j = {j}");
            Math.Abs(PortableExp.TableLo[j]).Should().BeLessThanOrEqualTo(Math.ScaleB(Math.BitIncrement(PortableExp.TableHi[j]) - PortableExp.TableHi[j], -1));
        }
    }
}
