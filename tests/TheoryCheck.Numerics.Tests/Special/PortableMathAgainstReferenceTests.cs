using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Tests.Numerics.Special;

/// <summary>
/// Error of the portable functions in ulps of the exact value (<see cref="FixedPointReference"/>, 300 bits) on random
/// samples: the accuracy targets are below 1 ulp (erf, erfc below 2 ulp). Samples are small because the reference is
/// slow; the million-point comparisons against System.Math are in <see cref="PortableMathAgainstSystemMathTests"/>.
/// </summary>
public class PortableMathAgainstReferenceTests
{
    private const int Samples = 3000;

    private static double MaxError(int seed, Func<System.Random, double> draw, Func<double, double> error)
    {
        var rng = new System.Random(seed);
        var max = 0.0;
        for (var i = 0; i < Samples; i++) max = Math.Max(max, error(draw(rng)));
        return max;
    }

    private static double Uniform(System.Random r, double lo, double hi) => lo + (hi - lo) * r.NextDouble();

    [Fact]
    public void Exp_is_within_one_ulp()
    {
        var max = MaxError(1, r => Uniform(r, -700, 700), x =>
        {
            var (s, k) = FixedPointReference.Exp(FixedPointReference.ToFixed(x));
            return FixedPointReference.UlpError(PortableMath.Exp(x), s, k);
        });
        max.Should().BeLessThan(1.0);
    }

    [Fact]
    public void Log_is_within_one_ulp()
    {
        var max = MaxError(2, r => r.NextDouble() < 0.5 ? Uniform(r, 0.5, 2) : Math.Exp(Uniform(r, -700, 700)), x =>
            FixedPointReference.UlpError(PortableMath.Log(x), FixedPointReference.Log(x)));
        max.Should().BeLessThan(1.0);
    }

    [Fact]
    public void Log10_is_within_one_ulp()
    {
        var ln10 = HighPrecisionConstants.Ln10(FixedPointReference.F);
        var max = MaxError(3, r => r.NextDouble() < 0.5 ? Uniform(r, 0.5, 2) : Math.Exp(Uniform(r, -700, 700)), x =>
            FixedPointReference.UlpError(PortableMath.Log10(x), (FixedPointReference.Log(x) << FixedPointReference.F) / ln10));
        max.Should().BeLessThan(1.0);
    }

    [Theory]
    [InlineData(10.0)]
    [InlineData(1e6)]
    [InlineData(1e12)]
    public void Sin_and_cos_are_within_one_ulp(double range)
    {
        var maxSin = 0.0;
        var maxCos = 0.0;
        var rng = new System.Random(4);
        for (var i = 0; i < Samples; i++)
        {
            var x = Uniform(rng, -range, range);
            var (s, c) = FixedPointReference.SinCos(x);
            maxSin = Math.Max(maxSin, FixedPointReference.UlpError(PortableMath.Sin(x), s));
            maxCos = Math.Max(maxCos, FixedPointReference.UlpError(PortableMath.Cos(x), c));
        }
        maxSin.Should().BeLessThan(1.0);
        maxCos.Should().BeLessThan(1.0);
    }

    [Fact]
    public void Tanh_is_within_one_ulp()
    {
        var max = MaxError(5, r => r.NextDouble() < 0.5 ? Uniform(r, -1, 1) : Uniform(r, -20, 20), x =>
            FixedPointReference.UlpError(PortableMath.Tanh(x), FixedPointReference.Tanh(x)));
        max.Should().BeLessThan(1.0);
    }

    [Fact]
    public void Pow_is_within_one_ulp_for_y_log_x_below_700()
    {
        var rng = new System.Random(6);
        var max = 0.0;
        for (var i = 0; i < Samples; i++)
        {
            var x = Math.Exp(Uniform(rng, -20, 20));
            var y = Uniform(rng, -600, 600) / Math.Max(1, Math.Abs(Math.Log(x)));
            var (s, k) = FixedPointReference.Pow(x, y);
            max = Math.Max(max, FixedPointReference.UlpError(PortableMath.Pow(x, y), s, k));
        }
        max.Should().BeLessThan(1.0);
    }

    [Fact]
    public void Cbrt_is_within_one_ulp()
    {
        var max = MaxError(7, r => Math.Exp(Uniform(r, -60, 60)), x =>
            FixedPointReference.UlpError(PortableMath.Cbrt(x), FixedPointReference.Cbrt(x)));
        max.Should().BeLessThan(1.0);
    }

    [Fact]
    public void Erf_is_within_one_ulp_and_erfc_within_two()
    {
        var maxErf = 0.0;
        var maxErfc = 0.0;
        var rng = new System.Random(8);
        for (var i = 0; i < Samples; i++)
        {
            var x = Uniform(rng, -4, 4);
            if (Math.Abs(x) < 1e-6) continue;
            var erf = FixedPointReference.Erf(x);
            maxErf = Math.Max(maxErf, FixedPointReference.UlpError(PortableMath.Erf(x), erf));
            var one = System.Numerics.BigInteger.One << FixedPointReference.F;
            maxErfc = Math.Max(maxErfc, FixedPointReference.UlpError(PortableMath.Erfc(x), one - erf));
        }
        maxErf.Should().BeLessThan(1.0);
        maxErfc.Should().BeLessThan(2.0);
    }

    [Fact]
    public void The_reference_itself_detects_a_one_ulp_error()
    {
        // Guards the measuring stick: e^1 rounded up one ulp must show as an error between 0.5 and 1.5 ulp.
        var (s, k) = FixedPointReference.Exp(FixedPointReference.ToFixed(1.0));
        FixedPointReference.UlpError(Math.E, s, k).Should().BeLessThan(0.5);
        FixedPointReference.UlpError(Math.BitIncrement(Math.E), s, k).Should().BeInRange(0.5, 1.5);
    }
}
