using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.AdvaniSaxe.Tests;

/// <summary>Random ReLU features and their arc-cosine kernel limit.</summary>
public class RandomReluFeaturesTests
{
    [Fact]
    public void Arc_cosine_kernel_sanity_values()
    {
        // K(x, x) = ‖x‖²/(2Ni); orthogonal: ‖x‖‖x'‖/(2πNi); antiparallel: 0 (catalogue §14).
        const int ni = 3;
        var data = new RandomReluFeatures([1, 0, 0, 0, 2, 0, -1, 0, 0], [0, 0, 0], ni, 3);
        var k = data.ArcCosineKernel();
        k[0].Should().BeApproximately(1.0 / (2 * ni), 1e-15);
        k[1].Should().BeApproximately(2 / (2 * Math.PI * ni), 1e-15); // (x0, x1) orthogonal, norms 1 and 2
        k[2].Should().BeApproximately(0, 1e-15);                      // (x0, x2) antiparallel
    }

    [Fact]
    public void Random_relu_features_average_to_the_arc_cosine_kernel()
    {
        var data = RandomReluFeatures.Fixed(20, 10, 1);
        var limit = data.ArcCosineKernel();
        const int nh = 200_000;
        var kh = data.FeatureKernel(data.Features(data.FirstLayer(nh, new Rng(4)), nh), nh);
        // Monte-Carlo mean over N_h rows: per-row CV of relu(w·x)relu(w·x') ≤ √5 (Gaussian fourth moment), so 5 s.e. of the
        // largest entry is 5·√5·K_max/√N_h.
        var tolerance = 5 * Math.Sqrt(5) * limit.Max() / Math.Sqrt(nh);
        for (var i = 0; i < limit.Length; i++) kh[i].Should().BeApproximately(limit[i], tolerance);
    }
}
