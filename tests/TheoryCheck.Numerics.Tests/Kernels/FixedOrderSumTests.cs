using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Tests.Numerics.Kernels;

/// <summary>
/// The fixed-order reductions: every path (Vector256, Vector128, scalar) gives the bits of the documented order, for
/// every length 0..200 and several misalignments, whatever this machine accelerates (unaccelerated vector types are
/// emulated, with the same lane arithmetic).
/// </summary>
public class FixedOrderSumTests
{
    private const int MaxLength = 200;
    private static readonly int[] Offsets = [0, 1, 2, 3, 5];

    /// <summary>The order of <see cref="FixedOrderSum"/> written out literally: 8 accumulators, the tree, the tail.</summary>
    private static double Reference(double[] t)
    {
        var s = new double[8];
        var blocked = t.Length / 8 * 8;
        for (var i = 0; i < blocked; i++) s[i % 8] += t[i];
        var total = ((s[0] + s[4]) + (s[2] + s[6])) + ((s[1] + s[5]) + (s[3] + s[7]));
        for (var i = blocked; i < t.Length; i++) total += t[i];
        return total;
    }

    /// <summary>Values spread over 2^±30 and both signs, so any change of order shows in the last bits.</summary>
    private static double[] Spread(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(2, random.Next(-30, 31))).ToArray();

    private static long Bits(double v) => BitConverter.DoubleToInt64Bits(v);

    [Fact]
    public void Dot_paths_equal_the_reference_bit_for_bit()
    {
        var random = new Random(11);
        var x = Spread(random, MaxLength + 8);
        var y = Spread(random, MaxLength + 8);
        foreach (var ox in Offsets)
            foreach (var oy in Offsets)
                for (var n = 0; n <= MaxLength; n++)
                {
                    var xs = x.AsSpan(ox, n);
                    var ys = y.AsSpan(oy, n);
                    var products = new double[n];
                    for (var i = 0; i < n; i++) products[i] = xs[i] * ys[i];
                    var expected = Bits(Reference(products));
                    var terms = new FixedOrder.Products(xs, ys);
                    Bits(FixedOrderSum.Sum1(n, ref terms)).Should().Be(expected, $"scalar path, n = {n}, offsets {ox}/{oy}");
                    Bits(FixedOrderSum.Sum2(n, ref terms)).Should().Be(expected, $"Vector128 path, n = {n}, offsets {ox}/{oy}");
                    Bits(FixedOrderSum.Sum4(n, ref terms)).Should().Be(expected, $"Vector256 path, n = {n}, offsets {ox}/{oy}");
                    Bits(FixedOrder.Dot(xs, ys)).Should().Be(expected, $"dispatch, n = {n}, offsets {ox}/{oy}");
                }
    }

    [Fact]
    public void Sum_and_sum_of_squares_paths_equal_the_reference_bit_for_bit()
    {
        var random = new Random(12);
        var x = Spread(random, MaxLength + 8);
        foreach (var o in Offsets)
            for (var n = 0; n <= MaxLength; n++)
            {
                var xs = x.AsSpan(o, n);
                var expectedSum = Bits(Reference(xs.ToArray()));
                var values = new FixedOrder.Values(xs);
                Bits(FixedOrderSum.Sum1(n, ref values)).Should().Be(expectedSum, $"scalar, n = {n}, offset {o}");
                Bits(FixedOrderSum.Sum2(n, ref values)).Should().Be(expectedSum, $"Vector128, n = {n}, offset {o}");
                Bits(FixedOrderSum.Sum4(n, ref values)).Should().Be(expectedSum, $"Vector256, n = {n}, offset {o}");
                Bits(FixedOrder.Sum(xs)).Should().Be(expectedSum);
                var squares = xs.ToArray().Select(v => v * v).ToArray();
                Bits(FixedOrder.SumOfSquares(xs)).Should().Be(Bits(Reference(squares)), $"n = {n}, offset {o}");
                Bits(FixedOrder.Norm(xs)).Should().Be(Bits(Math.Sqrt(Reference(squares))));
            }
    }

    [Fact]
    public void The_fixed_order_is_not_the_sequential_order()
    {
        // Guards the test above: on these inputs the order matters, so a path that summed left to right would fail.
        var random = new Random(11);
        var x = Spread(random, MaxLength);
        var differing = Enumerable.Range(9, MaxLength - 9).Count(n =>
        {
            double sequential = 0;
            for (var i = 0; i < n; i++) sequential += x[i];
            return Bits(sequential) != Bits(FixedOrder.Sum(x.AsSpan(0, n)));
        });
        differing.Should().BeGreaterThan(MaxLength / 4);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected()
    {
        var act = () => FixedOrder.Dot(new double[3], new double[4]);
        act.Should().Throw<ArgumentException>();
    }
}
