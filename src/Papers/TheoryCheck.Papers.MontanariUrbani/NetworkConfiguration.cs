using System.Globalization;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>
/// A fixed two-layer network and teacher for the population-identity claims (Montanari–Urbani, 'Covariance
/// Structure'): one of two worked examples, or weights given in the spec. First-layer weights given in a spec must be
/// unit vectors: rows whose norm is within 1e-6 of 1 are renormalised exactly (decimal text such as 0.6, 0.8
/// round-trips to a norm of 1 ± 1e-16), and any other row is rejected rather than silently normalised, because
/// normalising changes the network the spec describes and the identity needs ‖w_i‖ = 1.
/// </summary>
internal sealed record NetworkConfiguration(int D, double[] U, double[] A, double[] W)
{
    public int M => A.Length;

    private const double UnitTolerance = 1e-6;

    /// <summary>Why the parameters' network is impossible, or null.</summary>
    public static string? Problem(TestErrorParameters p)
    {
        if (p.Config != TestErrorParameters.Network.Custom) return null;
        IReadOnlyList<double> w = p.W, a = p.A, u = p.U;
        if (a.Count == 0 || u.Count == 0) return "config custom needs non-empty lists a (second layer) and u (teacher direction)";
        if (w.Count != a.Count * u.Count)
            return $"W has {w.Count} numbers but m·d = {a.Count}·{u.Count} = {a.Count * u.Count} (a gives m, u gives d)";
        var nu = Math.Sqrt(u.Sum(x => x * x));
        if (Math.Abs(nu - 1) > UnitTolerance) return $"the teacher direction u has norm {Fmt(nu)}; it must be a unit vector";
        for (var i = 0; i < a.Count; i++)
        {
            var norm = Math.Sqrt(w.Skip(i * u.Count).Take(u.Count).Sum(x => x * x));
            if (Math.Abs(norm - 1) > UnitTolerance)
                return $"row {i + 1} of W has norm {Fmt(norm)}: the population identity needs unit first-layer weights (‖w_i‖ = 1); rows are rejected, not normalised";
        }
        return null;
    }

    public static NetworkConfiguration From(TestErrorParameters p) => p.Config switch
    {
        TestErrorParameters.Network.CatalogueA =>
            new NetworkConfiguration(4, [1, 0, 0, 0], [2, -1, 0.5], [1, 0, 0, 0, 0.6, 0.8, 0, 0, 0, 0, 0.6, -0.8]).Normalised(),
        TestErrorParameters.Network.CatalogueB => new NetworkConfiguration(3, [1, 0, 0], [1, -1], [1, 0, 0, 0, 1, 0]),
        _ => new NetworkConfiguration(p.U.Count, p.U.ToArray(), p.A.ToArray(), p.W.ToArray()).Normalised(),
    };

    /// <summary>Every w_i and u rescaled to norm 1 exactly (they are within 1e-6 of it: see the class comment).</summary>
    private NetworkConfiguration Normalised()
    {
        var w = W.ToArray();
        Sphere.NormaliseColumns(w, D);
        var nu = Math.Sqrt(FixedOrder.Dot(U, U));
        return this with { W = w, U = U.Select(x => x / nu).ToArray() };
    }

    private static string Fmt(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
