using MathNet.Numerics;
using MathNet.Numerics.Integration;
using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Quadrature;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Goldt2020;

namespace TheoryCheck.Tests.Theories.Goldt2020;

/// <summary>
/// goldt2020.eg-order-parameters: the solver contract (no spec uses it: cases built by hand), its value against
/// independent routes at order parameters of random weights (not the shipped specs'), and its refusals of impossible
/// order parameters. The routes use MathNet's erf/erfc, not the module's closed forms.
/// </summary>
public class EgOrderParametersTests
{
    private static readonly EgOrderParametersTheory Theory = new();

    private static Point At(params (string Name, object Value)[] overrides) => SolverConformanceTests.AtDefaults(Theory, overrides);

    /// <summary>Random weights: W (K + M) × n, rows students then teachers; second layers v, v*.</summary>
    private sealed record Weights(int K, int M, int N, double[] W, double[] V, double[] VStar)
    {
        public static Weights Draw(int k, int m, int n, ulong seed)
        {
            var rng = new Rng(seed);
            var w = new double[(k + m) * n];
            rng.FillGaussian(w);
            double[] Layer(int count) => Enumerable.Range(0, count).Select(_ => 0.5 + rng.NextDouble()).Select(x => rng.NextSign() * x).ToArray();
            return new Weights(k, m, n, w, Layer(k), Layer(m));
        }

        public double Overlap(int a, int b)
        {
            double s = 0;
            for (var j = 0; j < N; j++) s += W[a * N + j] * W[b * N + j];
            return s / N;
        }

        private double[] Block(int rowStart, int rows, int colStart, int cols) =>
            [.. Enumerable.Range(0, rows).SelectMany(i => Enumerable.Range(0, cols).Select(j => Overlap(rowStart + i, colStart + j)))];

        public Point Point(string activation) => At(("activation", activation),
            ("Q", (IReadOnlyList<double>)Block(0, K, 0, K)), ("R", (IReadOnlyList<double>)Block(0, K, K, M)),
            ("T", (IReadOnlyList<double>)Block(K, M, K, M)), ("v", (IReadOnlyList<double>)V), ("v-star", (IReadOnlyList<double>)VStar));
    }

    private static double G(string activation, double x) => activation switch
    {
        "erf" => SpecialFunctions.Erf(x / Math.Sqrt(2)),
        "relu" => Math.Max(0, x),
        _ => x,
    };

    [Fact]
    public void Meets_the_solver_contract()
    {
        SolverConformanceTests.CheckTheoryContract(Theory, At(), Weights.Draw(3, 2, 9, 11).Point("relu"));
    }

    public static TheoryData<string, int, int, ulong> Cases => new()
    {
        { "erf", 3, 2, 1 }, { "erf", 2, 4, 2 }, { "relu", 3, 2, 3 }, { "relu", 1, 3, 4 }, { "linear", 4, 1, 5 },
    };

    /// <summary>
    /// Monte Carlo over the fields z = Wx/√n, x ~ N(0, I_n) (so z ~ N(0, [[Q, R], [Rᵀ, T]]) exactly): 400 000 draws of
    /// ½(Σ v_i g(λ_i) − Σ v*_n g(ν_n))² (g from the module's activations: this route checks the Gaussian averaging, the
    /// quadrature route below checks the erf too). A 5-sigma band (false alarm 6e-7 per case) is about 1.5% of eps_g here.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Closed_form_agrees_with_monte_carlo_within_5_sigma(string activation, int k, int m, ulong seed)
    {
        const int draws = 400_000;
        var w = Weights.Draw(k, m, 8, seed);
        var eg = Theory.Evaluate(w.Point(activation)).Scalars["eg"];
        var g = Activations.Parse(activation);
        var rng = new Rng(1000 + seed);
        var x = new double[w.N];
        double sum = 0, sumSq = 0;
        for (var s = 0; s < draws; s++)
        {
            rng.FillGaussian(x);
            double diff = 0;
            for (var a = 0; a < k + m; a++)
            {
                double z = 0;
                for (var j = 0; j < w.N; j++) z += w.W[a * w.N + j] * x[j];
                var field = Activations.Value(g, z / Math.Sqrt(w.N));
                diff += a < k ? w.V[a] * field : -w.VStar[a - k] * field;
            }
            var e = 0.5 * diff * diff;
            sum += e;
            sumSq += e * e;
        }
        var mean = sum / draws;
        var se = Math.Sqrt((sumSq / draws - mean * mean) / (draws - 1));
        eg.Should().BeApproximately(mean, 5 * se, $"Monte Carlo {mean} ± {se}");
    }

    /// <summary>
    /// Deterministic route, pair by pair: ⟨g(z_a)g(z_b)⟩ with z_a = σ_a x, z_b = σ_b(ρx + √(1 − ρ²)y). Erf and linear:
    /// product Gauss–Hermite of order 160 (entire integrands; order 80 still left 9e-13 at the largest variance here).
    /// ReLU: the inner y-average in closed form, E[relu(μ + sY)] = μΦ(μ/s) + sφ(μ/s), then adaptive Gauss–Kronrod over
    /// x &gt; 0 (smooth there). Measured ≤ 1.1e-15; 1e-13 abs is stated.
    /// </summary>
    [Theory]
    [MemberData(nameof(Cases))]
    public void Closed_form_agrees_with_quadrature_pair_by_pair(string activation, int k, int m, ulong seed)
    {
        var w = Weights.Draw(k, m, 8, seed);
        var rule = new GaussHermite(160);
        double Pair(int a, int b)
        {
            double sa = Math.Sqrt(w.Overlap(a, a)), sb = Math.Sqrt(w.Overlap(b, b));
            var rho = w.Overlap(a, b) / (sa * sb);
            var perp = Math.Sqrt(Math.Max(0, 1 - rho * rho));
            if (activation != "relu")
                return rule.Expectation(xv => G(activation, sa * xv) * rule.Expectation(yv => G(activation, sb * (rho * xv + perp * yv))));
            double Inner(double xv)
            {
                double mu = sb * rho * xv, s = sb * perp;
                if (s == 0) return Math.Max(0, mu);
                var r = mu / s;
                return mu * 0.5 * SpecialFunctions.Erfc(-r / Math.Sqrt(2)) + s * Math.Exp(-r * r / 2) / Math.Sqrt(2 * Math.PI);
            }
            return GaussKronrodRule.Integrate(xv => sa * xv * Inner(xv) * Math.Exp(-xv * xv / 2) / Math.Sqrt(2 * Math.PI), 0, 40, out _, out _, 1e-15, 10, 21);
        }
        double eg = 0;
        double U(int a) => a < k ? w.V[a] : -w.VStar[a - k];
        for (var a = 0; a < k + m; a++)
            for (var b = 0; b < k + m; b++) eg += 0.5 * U(a) * U(b) * Pair(a, b);
        Theory.Evaluate(w.Point(activation)).Scalars["eg"].Should().BeApproximately(eg, 1e-13);
    }

    [Theory]
    [InlineData("erf")]
    [InlineData("relu")]
    [InlineData("linear")]
    public void Terms_add_up_and_a_student_equal_to_its_teacher_has_zero_error(string activation)
    {
        var w = Weights.Draw(2, 2, 6, 7);
        var v = Theory.Evaluate(w.Point(activation)).Scalars;
        (v["student-term"] + v["teacher-term"] + v["cross-term"]).Should().BeApproximately(v["eg"], 1e-14);
        // Q = R = T (singular joint covariance, admitted as semidefinite) and v = v*: eps_g = 0 up to rounding.
        var same = new double[] { 1.2, 0.3, 0.3, 0.7 };
        var p = At(("activation", activation), ("Q", (IReadOnlyList<double>)same), ("R", (IReadOnlyList<double>)same),
            ("T", (IReadOnlyList<double>)same), ("v", (IReadOnlyList<double>)[0.6, -1.1]), ("v-star", (IReadOnlyList<double>)[0.6, -1.1]));
        Theory.Validate(p).Should().BeNull();
        Theory.Evaluate(p).Scalars["eg"].Should().BeApproximately(0, 1e-14);
    }

    [Fact]
    public void Agrees_bit_for_bit_with_the_fixed_weight_solver_at_its_weights()
    {
        // The shipped goldt2020.eg-closed-form computes Q, R, T of SanityWeights itself: the same closed form, same bits.
        foreach (var activation in new[] { "erf", "relu", "linear" })
        {
            var shipped = new EgClosedFormTheory().Evaluate(new Point("size", 1, new Dictionary<string, object> { ["activation"] = activation })).Scalars["eg"];
            var k = SanityWeights.V.Length;
            var w = new Weights(k, SanityWeights.VStar.Length, SanityWeights.N, [.. SanityWeights.W, .. SanityWeights.WStar], SanityWeights.V, SanityWeights.VStar);
            Theory.Evaluate(w.Point(activation)).Scalars["eg"].Should().Be(shipped, activation);
        }
    }

    [Fact]
    public void Refuses_impossible_order_parameters_naming_what_is_wrong()
    {
        Theory.Validate(At(("Q", (IReadOnlyList<double>)[1, 0, 0]))).Should().Contain("Q has 3 entries, K × K = 4 expected");
        Theory.Validate(At(("R", (IReadOnlyList<double>)[1, 0]))).Should().Contain("R has 2 entries, K × M = 4 expected");
        Theory.Validate(At(("T", (IReadOnlyList<double>)[1]))).Should().Contain("T has 1 entries, M × M = 4 expected");
        Theory.Validate(At(("Q", (IReadOnlyList<double>)[1, 0.2, 0.1, 0.8]))).Should().Contain("Q is not symmetric: Q[0,1] = 0.2 but Q[1,0] = 0.1");
        // |R_11| > √(Q_11 T_11): no weights have these overlaps (Cauchy–Schwarz), the joint covariance is indefinite.
        Theory.Validate(At(("R", (IReadOnlyList<double>)[1.5, 0, 0, 0.2]))).Should().Contain("not positive semidefinite");
        Theory.Validate(At(("v", (IReadOnlyList<double>)[]))).Should().Contain("at least one entry");
    }
}
