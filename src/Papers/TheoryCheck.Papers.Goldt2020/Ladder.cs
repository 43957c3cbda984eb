using System.Globalization;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// How a Goldt et al. solver reads K and η when an experiment's ladder runs over them: on a ladder over K the rung's
/// size is K; on a ladder over inv-eta the learning rate is η = 1/size. Elsewhere the record's value holds.
/// </summary>
internal static class Ladder
{
    /// <summary>Size name of a ladder over the number of student units.</summary>
    public const string SizeK = "K";

    /// <summary>Size name of a ladder over the inverse learning rate.</summary>
    public const string SizeInvEta = "inv-eta";

    /// <summary>K at this point: the rung's size on a ladder over K, else <paramref name="k"/>.</summary>
    public static int K(Point point, int k) => point.SizeName == SizeK ? point.Size : k;

    /// <summary>K at this point when L = K − M can be given: the ladder's K, else M + L when L ≥ 0, else K.</summary>
    public static int K(Point point, int k, int m, int l) => point.SizeName == SizeK ? point.Size : l >= 0 ? m + l : k;

    /// <summary>η at this point: 1/size on a ladder over inv-eta, else <paramref name="eta"/>.</summary>
    public static double Eta(Point point, double eta) => point.SizeName == SizeInvEta ? 1.0 / point.Size : eta;

    /// <summary>Round-trip invariant text of a number, for messages.</summary>
    public static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The first non-null message of the checks, in order.</summary>
    public static string? First(params Func<string?>[] checks)
    {
        foreach (var c in checks)
        {
            var r = c();
            if (r is not null) return r;
        }
        return null;
    }
}
