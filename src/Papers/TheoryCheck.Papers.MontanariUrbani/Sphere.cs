using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Kernels;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>First-layer weights live on the unit sphere (slide "Setup": ‖w_i‖ = 1); helpers for d × m column-major sets of them.</summary>
internal static class Sphere
{
    /// <summary>Rescales every column w_i (length d) of <paramref name="w"/> to norm 1.</summary>
    public static void NormaliseColumns(Span<double> w, int d)
    {
        for (var i = 0; i < w.Length / d; i++)
        {
            var wi = w.Slice(i * d, d);
            var norm = Math.Sqrt(FixedOrder.Dot(wi, wi));
            for (var k = 0; k < d; k++) wi[k] /= norm;
        }
    }

    /// <summary>m independent uniform points on the sphere in R^d (normalised Gaussian vectors), d × m column-major.</summary>
    public static double[] RandomColumns(Rng rng, int d, int m)
    {
        var w = new double[d * m];
        rng.FillGaussian(w);
        NormaliseColumns(w, d);
        return w;
    }
}
