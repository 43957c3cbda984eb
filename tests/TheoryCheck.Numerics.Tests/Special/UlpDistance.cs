namespace TheoryCheck.Tests.Numerics.Special;

/// <summary>Distance between two doubles in units in the last place: the number of doubles between them.</summary>
internal static class UlpDistance
{
    public static long Between(double a, double b)
    {
        if (a == b || (double.IsNaN(a) && double.IsNaN(b))) return 0;
        if (double.IsNaN(a) || double.IsNaN(b)) return long.MaxValue;
        return Math.Abs(Ordered(a) - Ordered(b));
    }

    /// <summary>Maps the doubles monotonically onto the integers (−0 and +0 both to 0).</summary>
    private static long Ordered(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        return bits < 0 ? long.MinValue - bits : bits;
    }
}
