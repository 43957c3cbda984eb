using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// The random ReLU feature model of the slides' 'Reconciling with classical statistics' (eqs (8)–(12)): inputs
/// x_μ ~ N(0, I_Ni) (stored column-major Ni x P), labels y_μ = x_μ·w̄/√Ni + 0.5ξ_μ; a first layer W1 (N_h x Ni) whose
/// rows are uniform on the unit sphere (B1 = max‖W1_a‖ = 1 exactly); features X_h[a, μ] = relu(W1_a·x_μ)/√N_h in the
/// row-major N_h x P layout of <see cref="Numerics.Models.LinearData"/> (so the linear-model gradient descent and solvers apply);
/// only the read-out w is trained. K_h = X_hᵀX_h → K, the arc-cosine kernel
/// K_μν = (‖x_μ‖‖x_ν‖/Ni)·h(cos θ_μν), h the degree-1 arc-cosine function — exact in expectation for spherical rows.
/// </summary>
internal sealed record RandomReluFeatures(double[] Inputs, double[] Labels, int InputDimension, int Samples)
{
    /// <summary>A data set (inputs and labels) from <paramref name="rng"/>.</summary>
    public static RandomReluFeatures Sample(int ni, int p, Rng rng)
    {
        var inputs = new double[ni * p];
        rng.FillGaussian(inputs);
        var teacher = new double[ni];
        rng.FillGaussian(teacher);
        var labels = new double[p];
        for (var mu = 0; mu < p; mu++)
        {
            double s = 0;
            for (var i = 0; i < ni; i++) s += inputs[mu * ni + i] * teacher[i];
            labels[mu] = s / Math.Sqrt(ni) + 0.5 * rng.NextGaussian();
        }
        return new RandomReluFeatures(inputs, labels, ni, p);
    }

    /// <summary>A data set fixed by its index (shared by a theory and an experiment; independent of --seed).</summary>
    public static RandomReluFeatures Fixed(int ni, int p, int dataset) =>
        Sample(ni, p, new Rng(StreamSeed.Derive(StreamSeed.DefaultMaster, "advani-saxe.rf-dataset", $"Ni={ni},P={p}", dataset)));

    /// <summary>A fixed data set with a fixed first layer of width N_h (its own stream per width), and its features.</summary>
    public static (RandomReluFeatures Data, double[] Features) FixedFeatures(int ni, int p, int nh, int dataset)
    {
        var data = Fixed(ni, p, dataset);
        var rng = new Rng(StreamSeed.Derive(StreamSeed.DefaultMaster, "advani-saxe.rf-first-layer", $"Ni={ni},P={p},Nh={nh}", dataset));
        return (data, data.Features(data.FirstLayer(nh, rng), nh));
    }

    /// <summary>W1 (N_h x Ni, column-major) with rows uniform on the unit sphere: normalised Gaussian rows.</summary>
    public double[] FirstLayer(int nh, Rng rng)
    {
        var ni = InputDimension;
        var w = new double[nh * ni];
        rng.FillGaussian(w);
        for (var a = 0; a < nh; a++)
        {
            double s = 0;
            for (var i = 0; i < ni; i++) s += w[i * nh + a] * w[i * nh + a];
            var inv = 1 / Math.Sqrt(s);
            for (var i = 0; i < ni; i++) w[i * nh + a] *= inv;
        }
        return w;
    }

    /// <summary>X_h (N_h x P row-major): relu(W1 x_μ)/√N_h; one DGEMM for the pre-activations (xᵀW1ᵀ, P x N_h column-major).</summary>
    public double[] Features(double[] firstLayer, int nh)
    {
        var z = Dense.Backend.Multiply(Inputs, InputDimension, Samples, true, firstLayer, nh, InputDimension, true);
        var scale = 1 / Math.Sqrt(nh);
        for (var i = 0; i < z.Length; i++) z[i] = z[i] > 0 ? z[i] * scale : 0;
        return z;
    }

    /// <summary>K_h = X_hᵀX_h (P x P).</summary>
    public double[] FeatureKernel(double[] features, int nh) =>
        Dense.Backend.Multiply(features, Samples, nh, false, features, Samples, nh, true);

    /// <summary>The N_h → ∞ limit K (P x P): (‖x_μ‖‖x_ν‖/Ni)·h(cos θ) with h = <see cref="DualKernel.Relu"/>.</summary>
    public double[] ArcCosineKernel()
    {
        var (ni, p) = (InputDimension, Samples);
        var norms = Enumerable.Range(0, p).Select(mu => Math.Sqrt(Dot(mu, mu))).ToArray();
        var k = new double[p * p];
        for (var mu = 0; mu < p; mu++)
            for (var nu = 0; nu <= mu; nu++)
            {
                var q = mu == nu ? 1 : Dot(mu, nu) / (norms[mu] * norms[nu]);
                k[mu * p + nu] = k[nu * p + mu] = norms[mu] * norms[nu] / ni * DualKernel.Relu(q);
            }
        return k;
    }

    /// <summary>C = max_μ ‖x_μ‖ (the input-norm bound of eq (8)).</summary>
    public double InputNormBound() => Enumerable.Range(0, Samples).Max(mu => Math.Sqrt(Dot(mu, mu)));

    private double Dot(int mu, int nu)
    {
        double s = 0;
        for (var i = 0; i < InputDimension; i++) s += Inputs[mu * InputDimension + i] * Inputs[nu * InputDimension + i];
        return s;
    }
}
