using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Closed-form Gaussian averages over the fields z ~ N(0, C), C = [[Q, R], [Rᵀ, T]] (K students first, then M
/// teachers), that close the ODE of Goldt et al. eq (9) (derived in the paper's supplementary material):
/// I2 = ⟨g(z_a) g(z_b)⟩, J2 = ⟨g'(z_a) g'(z_b)⟩, I3 = ⟨g'(z_a) z_b g(z_c)⟩, I4 = ⟨g'(z_a) g'(z_b) g(z_c) g(z_d)⟩.
/// Erf and linear have all four; ReLU only I2 (enough for eps_g). C is row-major n × n.
/// </summary>
internal static class GaussianAverages
{
    private const double TwoOverPi = 2 / Math.PI;
    private const double FourOverPi2 = 4 / (Math.PI * Math.PI);

    internal static double ClampUnit(double v) => v > 1 ? 1 : v < -1 ? -1 : v;

    public static double I2(Activation g, ReadOnlySpan<double> c, int n, int a, int b)
    {
        double caa = c[a * n + a], cbb = c[b * n + b], cab = c[a * n + b];
        switch (g)
        {
            case Activation.Erf:
                return TwoOverPi * PortableMath.Asin(ClampUnit(cab / Math.Sqrt((1 + caa) * (1 + cbb))));
            case Activation.Linear:
                return cab;
            default:
            {
                var p = caa * cbb;
                if (p <= 0) return 0;
                var s = Math.Sqrt(p);
                var det = Math.Max(0, p - cab * cab);
                return (Math.Sqrt(det) + cab * (Math.PI - PortableMath.Acos(ClampUnit(cab / s)))) / (2 * Math.PI);
            }
        }
    }

    public static double J2(Activation g, ReadOnlySpan<double> c, int n, int a, int b)
    {
        if (g == Activation.Linear) return 1;
        RequireErf(g, "J2");
        double caa = c[a * n + a], cbb = c[b * n + b], cab = c[a * n + b];
        return TwoOverPi / Math.Sqrt((1 + caa) * (1 + cbb) - cab * cab);
    }

    public static double I3(Activation g, ReadOnlySpan<double> c, int n, int a, int b, int cc)
    {
        if (g == Activation.Linear) return c[b * n + cc];
        RequireErf(g, "I3");
        double caa = c[a * n + a], ccc = c[cc * n + cc], cac = c[a * n + cc], cbc = c[b * n + cc], cab = c[a * n + b];
        var lam3 = (1 + caa) * (1 + ccc) - cac * cac;
        return TwoOverPi / Math.Sqrt(lam3) * (cbc * (1 + caa) - cab * cac) / (1 + caa);
    }

    public static double I4(Activation g, ReadOnlySpan<double> c, int n, int a, int b, int cc, int d)
    {
        if (g == Activation.Linear) return c[cc * n + d];
        RequireErf(g, "I4");
        double Caa = 1 + c[a * n + a], Cbb = 1 + c[b * n + b], Ccc = 1 + c[cc * n + cc], Cdd = 1 + c[d * n + d];
        double ab = c[a * n + b], ac = c[a * n + cc], ad = c[a * n + d], bc = c[b * n + cc], bd = c[b * n + d], cd = c[cc * n + d];
        var lam4 = Caa * Cbb - ab * ab;
        var lam0 = lam4 * cd - bc * bd * Caa - ac * ad * Cbb + ab * ac * bd + ab * ad * bc;
        var lam1 = lam4 * Ccc - bc * bc * Caa - ac * ac * Cbb + 2 * ab * ac * bc;
        var lam2 = lam4 * Cdd - bd * bd * Caa - ad * ad * Cbb + 2 * ab * ad * bd;
        return FourOverPi2 / Math.Sqrt(lam4) * PortableMath.Asin(ClampUnit(lam0 / Math.Sqrt(lam1 * lam2)));
    }

    private static void RequireErf(Activation g, string what)
    {
        if (g != Activation.Erf)
            throw new NotSupportedException($"{what} has no closed form for {Activations.Name(g)} (a ReLU ODE would need I4 as a 4-D orthant integral)");
    }
}
