using System.Numerics.Tensors;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Tests.Numerics.Kernels;

/// <summary>The elementwise kernels: one rounding per operation (never fused) on every lane, and the max-magnitude index.</summary>
public class ElementwiseTests
{
    [Fact]
    public void Multiply_add_rounds_the_product_before_adding_on_every_lane()
    {
        // x·a = 1 − 2⁻⁶⁰ exactly, which rounds to 1: unfused (x·a) + (−1) = 0, a fused one gives −2⁻⁶⁰.
        var x = 1 + Math.Pow(2, -30);
        var a = 1 - Math.Pow(2, -30);
        for (var n = 0; n <= 40; n++)
            foreach (var offset in new[] { 0, 1, 3 })
            {
                var xs = Enumerable.Repeat(x, n + offset).ToArray();
                var addend = Enumerable.Repeat(-1.0, n + offset).ToArray();
                Elementwise.MultiplyAdd(xs.AsSpan(offset), a, addend.AsSpan(offset), addend.AsSpan(offset));
                addend.Skip(offset).Count(v => BitConverter.DoubleToInt64Bits(v) != 0).Should().Be(0, $"n = {n}");
            }
        Math.FusedMultiplyAdd(x, a, -1).Should().NotBe(0, "the inputs must tell fused from unfused");
    }

    [Fact]
    public void Multiply_divide_and_subtract_are_one_rounding_per_element()
    {
        var random = new Random(5);
        var x = Enumerable.Range(0, 37).Select(_ => random.NextDouble() - 0.5).ToArray();
        var y = Enumerable.Range(0, 37).Select(_ => random.NextDouble() - 0.5).ToArray();
        var d = new double[37];
        Elementwise.Multiply(x, 0.3, d);
        d.Should().Equal(x.Select(v => v * 0.3));
        Elementwise.Divide(x, 0.3, d);
        d.Should().Equal(x.Select(v => v / 0.3));
        Elementwise.Subtract(x, y, d);
        d.Should().Equal(x.Zip(y, (u, v) => u - v));
    }

    [Fact]
    public void Index_of_max_magnitude_keeps_the_library_tie_rules()
    {
        MaxMagnitude.IndexOf([]).Should().Be(-1);
        MaxMagnitude.IndexOf([1, -3, 3, 2]).Should().Be(2, "equal magnitude: the positive value wins");
        MaxMagnitude.IndexOf([3, -3, 3]).Should().Be(0, "equal value: the lower index wins");
        MaxMagnitude.IndexOf([-0.0, 0.0]).Should().Be(1);
        MaxMagnitude.IndexOf([1, double.NaN, 5, double.NaN]).Should().Be(1, "the first NaN");
        var random = new Random(9);
        for (var trial = 0; trial < 200; trial++)
        {
            var x = Enumerable.Range(0, random.Next(1, 60)).Select(_ => (double)random.Next(-5, 6)).ToArray();
            MaxMagnitude.IndexOf(x).Should().Be(TensorPrimitives.IndexOfMaxMagnitude<double>(x), string.Join(",", x));
        }
    }
}
