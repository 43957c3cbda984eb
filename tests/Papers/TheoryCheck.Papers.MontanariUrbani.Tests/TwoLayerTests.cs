using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Kernels;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.MontanariUrbani;

namespace TheoryCheck.Tests.Theories.MontanariUrbani;

/// <summary>The two-layer network: products, gradients, the population identity and the population flow.</summary>
public class TwoLayerTests
{
    private static double[] Gaussian(Rng rng, int count)
    {
        var v = new double[count];
        rng.FillGaussian(v);
        return v;
    }

    private static double[] UnitColumns(Rng rng, int d, int m) => Sphere.RandomColumns(rng, d, m);

    [Theory]
    [InlineData(37, 7, 9, Activation.Relu)]
    [InlineData(64, 20, 16, Activation.Relu)]
    [InlineData(40, 5, 4, Activation.Erf)]
    public void Simd_products_equal_the_naive_sums(int n, int d, int m, Activation sigma)
    {
        var rng = new Rng(3);
        var x = Gaussian(rng, n * d);
        var w = Gaussian(rng, d * m);
        var a = Gaussian(rng, m);
        var z = new double[n * m];
        var f = new double[n];
        TwoLayerProducts.Forward(x, n, d, w, m, a, sigma, z, f);
        for (var k = 0; k < n; k++)
        {
            double fk = 0;
            for (var i = 0; i < m; i++)
            {
                double zk = 0;
                for (var j = 0; j < d; j++) zk += x[j * n + k] * w[i * d + j];
                z[i * n + k].Should().BeApproximately(zk, 1e-12);
                fk += a[i] * Activations.Value(sigma, zk) / m;
            }
            f[k].Should().BeApproximately(fk, 1e-12);
        }
        var g = new double[d * m];
        TwoLayerProducts.Backward(x, n, d, z, m, g);
        for (var i = 0; i < m; i++)
            for (var j = 0; j < d; j++)
            {
                double s = 0;
                for (var k = 0; k < n; k++) s += x[j * n + k] * z[i * n + k];
                g[i * d + j].Should().BeApproximately(s, 1e-10);
            }
    }

    [Theory]
    [InlineData(203, 20, 9, Activation.Relu)]
    [InlineData(37, 7, 5, Activation.Relu)]
    [InlineData(40, 5, 4, Activation.Erf)]
    public void Products_have_the_bits_of_their_documented_order(int n, int d, int m, Activation sigma)
    {
        // Z by increasing j from +0, f by increasing i, G exactly FixedOrder.Dot: what the scalar fallback computes.
        var rng = new Rng(4);
        var x = Gaussian(rng, n * d);
        var w = Gaussian(rng, d * m);
        var a = Gaussian(rng, m);
        var z = new double[n * m];
        var f = new double[n];
        TwoLayerProducts.Forward(x, n, d, w, m, a, sigma, z, f);
        var zRef = new double[n * m];
        var fRef = new double[n];
        for (var i = 0; i < m; i++)
            for (var k = 0; k < n; k++)
            {
                double s = 0;
                for (var j = 0; j < d; j++) s += x[j * n + k] * w[i * d + j];
                zRef[i * n + k] = s;
                fRef[k] += a[i] / m * Activations.Value(sigma, s);
            }
        z.Should().Equal(zRef);
        f.Should().Equal(fRef);
        var g = new double[d * m];
        TwoLayerProducts.Backward(x, n, d, z, m, g);
        for (var i = 0; i < m; i++)
            for (var j = 0; j < d; j++)
                g[i * d + j].Should().Be(FixedOrder.Dot(x.AsSpan(j * n, n), z.AsSpan(i * n, n)), $"G[{j},{i}]");
    }

    [Theory]
    [InlineData(Activation.Erf)]
    [InlineData(Activation.Tanh)]
    public void Velocity_is_minus_n_over_d_times_the_projected_gradient(Activation sigma)
    {
        // Finite differences of R̂_n (smooth activations so that central differences are accurate).
        int n = 50, d = 6, m = 5;
        var rng = new Rng(11);
        var x = Gaussian(rng, n * d);
        var y = Gaussian(rng, n);
        var a = Gaussian(rng, m);
        var w = UnitColumns(rng, d, m);
        var gd = new ProjectedGradientDescent(x, y, d, sigma, a, w);
        var va = new double[m];
        var vw = new double[d * m];
        gd.Velocity(a, w, va, vw);
        double Risk(double[] aa, double[] ww) => gd.Velocity(aa, ww, new double[m], new double[d * m], gradient: false);
        const double h = 1e-6;
        for (var i = 0; i < m; i++)
        {
            var ap = a.ToArray(); ap[i] += h;
            var am = a.ToArray(); am[i] -= h;
            var grad = (Risk(ap, w) - Risk(am, w)) / (2 * h);
            va[i].Should().BeApproximately(-(double)n / d * grad, 1e-7);
        }
        for (var i = 0; i < m; i++)
        {
            var gi = new double[d];
            for (var k = 0; k < d; k++)
            {
                var wp = w.ToArray(); wp[i * d + k] += h;
                var wm = w.ToArray(); wm[i * d + k] -= h;
                gi[k] = -(double)n / d * (Risk(a, wp) - Risk(a, wm)) / (2 * h);
            }
            var dot = Enumerable.Range(0, d).Sum(k => gi[k] * w[i * d + k]);
            for (var k = 0; k < d; k++) vw[i * d + k].Should().BeApproximately(gi[k] - dot * w[i * d + k], 1e-7);
        }
    }

    [Fact]
    public void Population_identity_reproduces_the_catalogue_examples()
    {
        // Catalogue §1.3: d = 4, u = e1, w1 = e1, w2 = (0.6, 0.8, 0, 0), w3 = (0, 0, 0.6, −0.8), a = (2, −1, 0.5), τ = 0.1.
        double[] w = [1, 0, 0, 0, 0.6, 0.8, 0, 0, 0, 0, 0.6, -0.8];
        double[] a = [2, -1, 0.5];
        double[] u = [1, 0, 0, 0];
        PopulationRisk.TestError(new KernelPair(Activation.Linear, Activation.Linear), a, w, 4, u, 0.1).Should().BeApproximately(0.19666666666666667, 1e-15);
        PopulationRisk.TestError(new KernelPair(Activation.Relu, Activation.Relu), a, w, 4, u, 0.1).Should().BeApproximately(0.0874576489768179, 1e-15);
        // ReLU student, erf target, d = 3, u = w1 = e1, w2 = e2, a = (1, −1).
        double[] w2 = [1, 0, 0, 0, 1, 0];
        var k = new KernelPair(Activation.Relu, Activation.Erf);
        PopulationRisk.TestError(k, [1, -1], w2, 3, [1, 0, 0], 0).Should().BeApproximately(0.11083053500675374, 1e-15);
        PopulationRisk.TestError(k, [1, -1], w2, 3, [1, 0, 0], 0.2).Should().BeApproximately(0.11083053500675374 + 0.02, 1e-15);
        // a = 0: (τ² + ‖φ‖²)/2; m = 1, w = u, σ = φ: Bayes τ²/2.
        PopulationRisk.TestError(new KernelPair(Activation.Relu, Activation.Relu), [0, 0, 0], w, 4, u, 0.1).Should().BeApproximately((0.01 + 0.5) / 2, 1e-16);
        PopulationRisk.TestError(new KernelPair(Activation.Tanh, Activation.Tanh), [1], [1, 0], 2, [1, 0], 0.3).Should().BeApproximately(0.045, 1e-15);
    }

    [Fact]
    public void Symmetric_form_reproduces_the_catalogue_examples()
    {
        var k = new KernelPair(Activation.Relu, Activation.Relu);
        PopulationRisk.SymmetricTestError(k, 4, 1, 0.6, 0.5, 0).Should().BeApproximately(0.08791330006253673, 1e-15);
        PopulationRisk.SymmetricTestError(k, 1, 1, 1, 0.2, 0.3).Should().BeApproximately(0.045, 1e-15);
    }

    [Theory]
    [InlineData(Activation.Relu)]
    [InlineData(Activation.Erf)]
    public void Population_velocity_is_the_projected_gradient_of_the_population_risk(Activation sigma)
    {
        // va_i = −α m ∂e_pop/∂a_i and vw_i = −α m P_i ∇_{w_i} e_pop (the same n/d rescaling as the finite-n flow).
        int d = 5, m = 4;
        const double alpha = 0.7, tau = 0.3;
        var rng = new Rng(5);
        var a = Gaussian(rng, m);
        var w = UnitColumns(rng, d, m);
        double[] u = [0.6, 0, 0.8, 0, 0];
        var k = new KernelPair(sigma, sigma);
        var flow = new PopulationGradientFlow(k, u, alpha, tau, a, w);
        var va = new double[m];
        var vw = new double[d * m];
        flow.Velocity(a, w, va, vw).Should().BeApproximately(PopulationRisk.TestError(k, a, w, d, u, tau), 1e-15);
        const double h = 1e-6;
        // Derivatives along the sphere: perturb w_i along a tangent direction and renormalise.
        for (var i = 0; i < m; i++)
        {
            var ap = a.ToArray(); ap[i] += h;
            var am = a.ToArray(); am[i] -= h;
            va[i].Should().BeApproximately(-alpha * m * (PopulationRisk.TestError(k, ap, w, d, u, tau) - PopulationRisk.TestError(k, am, w, d, u, tau)) / (2 * h), 1e-7);
            for (var kk = 0; kk < d; kk++)
            {
                var wp = w.ToArray(); wp[i * d + kk] += h;
                var wm = w.ToArray(); wm[i * d + kk] -= h;
                Normalise(wp, i, d);
                Normalise(wm, i, d);
                var directional = (PopulationRisk.TestError(k, a, wp, d, u, tau) - PopulationRisk.TestError(k, a, wm, d, u, tau)) / (2 * h);
                // Moving w_i along e_kk and retracting is a tangent move by P_i e_kk, so the derivative is <∇, P_i e_kk>;
                // vw_i = −α m P_i ∇ gives <vw_i, e_kk> = −α m <∇, P_i e_kk>.
                vw[i * d + kk].Should().BeApproximately(-alpha * m * directional, 1e-6);
            }
        }
    }

    private static void Normalise(double[] w, int i, int d)
    {
        var norm = Math.Sqrt(Enumerable.Range(0, d).Sum(k => w[i * d + k] * w[i * d + k]));
        for (var k = 0; k < d; k++) w[i * d + k] /= norm;
    }
}
