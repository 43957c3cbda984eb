using TheoryCheck.Numerics.Optimisation;
using TheoryCheck.Numerics.LinearAlgebra;
namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// Runs gradient descent from the data (features X, N x P row-major, P &lt; N) and measures the frozen subspace
/// (Advani–Saxe, 'Interpreting (5)' and the frozen subspace under eq (11)): the worst relative null-space leakage ‖P_null(w_k − w₀)‖/‖w_k − w₀‖ and the worst relative
/// drift of ‖P_null(target − w_k)‖² at the checkpoints, with P_null = I − X(XᵀX)⁻¹Xᵀ applied through a Cholesky factor
/// of the P x P Gram. <c>target</c> is the teacher (linear model) or 0 (random features: the frozen norm of w itself).
/// </summary>
internal static class FrozenSubspaceProbe
{
    public sealed record Result(double Leakage, double Drift, double Frozen);

    public static Result Measure(double[] x, int n, int p, double[] y, double[] initial, double[] target, double eta, IReadOnlyList<int> checkpoints)
    {
        var projector = new GramCholesky(x, n, p);
        var frozen0 = Norm2(projector.NullComponent(Difference(target, initial)));
        var gd = new DataGradientDescent(x, n, p, y, eta);
        var w = initial.ToArray();
        double leakage = 0, drift = 0;
        for (var k = 1; k <= checkpoints[^1]; k++)
        {
            gd.Step(w);
            if (!checkpoints.Contains(k)) continue;
            var moved = Difference(w, initial);
            var norm2 = Norm2(moved);
            Divergence.Check(norm2, k, eta, "||w_k - w_0||^2");
            leakage = Math.Max(leakage, Math.Sqrt(Norm2(projector.NullComponent(moved)) / norm2));
            drift = Math.Max(drift, Math.Abs(Norm2(projector.NullComponent(Difference(target, w))) - frozen0) / frozen0);
        }
        return new Result(leakage, drift, frozen0);
    }

    private static double[] Difference(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var d = new double[a.Length];
        for (var i = 0; i < d.Length; i++) d[i] = a[i] - b[i];
        return d;
    }

    private static double Norm2(ReadOnlySpan<double> v)
    {
        double s = 0;
        foreach (var e in v) s += e * e;
        return s;
    }
}
