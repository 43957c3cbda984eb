using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Tests.Numerics.Kernels;

/// <summary>FixedOrderRows.Dot gives, row by row, exactly the bits of FixedOrder.Dot (so the SGD step's preactivations do not move).</summary>
public class FixedOrderRowsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(9)]
    public void Each_row_has_the_bits_of_FixedOrder_Dot(int rowCount)
    {
        var random = new System.Random(7);
        foreach (var n in new[] { 0, 1, 7, 8, 9, 15, 16, 17, 63, 100, 500, 784 })
        {
            var rows = new double[rowCount * n];
            var x = new double[n];
            for (var i = 0; i < rows.Length; i++) rows[i] = random.NextDouble() * 2 - 1;
            for (var i = 0; i < n; i++) x[i] = random.NextDouble() * 2 - 1;
            var results = new double[rowCount];
            FixedOrderRows.Dot(rows, x, results);
            for (var k = 0; k < rowCount; k++)
                BitConverter.DoubleToInt64Bits(results[k]).Should().Be(
                    BitConverter.DoubleToInt64Bits(FixedOrder.Dot(rows.AsSpan(k * n, n), x)), $"row {k} of {rowCount}, n = {n}");
        }
    }

    [Fact]
    public void A_matrix_with_too_few_values_is_refused()
    {
        var act = () => FixedOrderRows.Dot(new double[5], new double[3], new double[2]);
        act.Should().Throw<ArgumentException>();
    }
}
