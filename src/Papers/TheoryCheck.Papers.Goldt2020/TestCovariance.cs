using TheoryCheck.Numerics.Activations;
using System.Globalization;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// The 4 × 4 covariance on which the Gaussian averages closing Goldt et al. eq (9) are checked: positive definite,
/// unequal variances, positive and negative correlations.
/// </summary>
internal static class TestCovariance
{
    public const int N = 4;
    public static readonly double[] C =
    [
        1.0, 0.3, 0.5, -0.2,
        0.3, 0.7, 0.1, 0.25,
        0.5, 0.1, 1.2, 0.0,
        -0.2, 0.25, 0.0, 0.9,
    ];

    /// <summary>All index tuples with their names: I2.a.b (a ≤ b), J2.a.b (a ≤ b, not for ReLU), I3.a.b.c, I4.a.b.c.d (a ≤ b, c ≤ d).</summary>
    public static IEnumerable<(string Name, int Kind, int A, int B, int C, int D)> Tuples(Activation g)
    {
        const int n = N;
        for (var a = 0; a < n; a++)
            for (var b = a; b < n; b++) yield return (Key("I2", a, b), 2, a, b, 0, 0);
        if (g == Activation.Relu) yield break;
        for (var a = 0; a < n; a++)
            for (var b = a; b < n; b++) yield return (Key("J2", a, b), 5, a, b, 0, 0);
        for (var a = 0; a < n; a++)
            for (var b = 0; b < n; b++)
                for (var c = 0; c < n; c++) yield return (Key("I3", a, b, c), 3, a, b, c, 0);
        for (var a = 0; a < n; a++)
            for (var b = a; b < n; b++)
                for (var c = 0; c < n; c++)
                    for (var d = c; d < n; d++) yield return (Key("I4", a, b, c, d), 4, a, b, c, d);
    }

    private static string Key(string head, params int[] idx) => head + "." + string.Join(".", idx.Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
