using TheoryCheck.Numerics.Random;
using TheoryCheck.Solvers;

namespace TheoryCheck.Theories.AdvaniSaxe;

/// <summary>
/// The frozen subspace measured directly (catalogue §4 "Executable form"): fresh X (α &lt; 1), teacher, noise and
/// w(0) per seed; gradient descent from the data for 1000 steps; P_null = I − X(XᵀX)⁻¹Xᵀ applied through a Cholesky
/// factor of the P x P Gram. Records the worst relative null-space leakage ‖P_null(w_k − w₀)‖/‖w_k − w₀‖ at
/// k ∈ {1, 10, 1000}, the worst relative drift of ‖P_null(w̄ − w_k)‖², the number of eigenvalues of Σ above 1e-10 λ_max,
/// and the frozen error ‖P_null(w̄ − w₀)‖²/N.
/// </summary>
public sealed class FrozenSubspaceExperiment : Experiment
{
    private static readonly int[] Checkpoints = [1, 10, 1000];

    public override string Name => "advani-saxe.linear.frozen-gd";
    public override string Description => "GD from random w(0) with alpha < 1: null-space leakage, frozen error, rank of Σ";
    public override string Reference => "000_234629a358ae8b88.txt 'Interpreting (5)'; catalogue advani-saxe-and-double-descent.md §4";
    public override string SizeName => "N";

    public override IReadOnlyList<ParameterSpec> Parameters { get; } =
        [LinearModelParameters.Alpha, LinearModelParameters.Snr, LinearModelParameters.Inr, LinearModelParameters.Eta];

    public override string? Validate(Point point) => LinearModelParameters.ValidateUnderdetermined(point);

    public override Observation Run(Point point, TheoryValues theory, Rng rng)
    {
        var n = point.Size;
        var p = LinearModelParameters.SampleCount(point);
        var eta = point.Real("eta");
        var x = LinearData.Matrix(n, p, rng);
        var draw = TeacherDraw.Sample(n, p, point.Real("snr"), point.Real("inr"), rng);
        var y = draw.Noise.ToArray();
        LinearData.Labels(x, n, p, draw.Teacher, y);
        var projector = new GramCholesky(x, n, p);
        var frozen0 = Norm2(projector.NullComponent(Difference(draw.Teacher, draw.Initial)));

        var gd = new DataGradientDescent(x, n, p, y, eta);
        var w = draw.Initial.ToArray();
        double leakage = 0, drift = 0;
        for (var k = 1; k <= Checkpoints[^1]; k++)
        {
            gd.Step(w);
            if (!Checkpoints.Contains(k)) continue;
            var moved = Difference(w, draw.Initial);
            var norm2 = Norm2(moved);
            Divergence.Check(norm2, k, eta, "||w_k - w_0||^2");
            leakage = Math.Max(leakage, Math.Sqrt(Norm2(projector.NullComponent(moved)) / norm2));
            drift = Math.Max(drift, Math.Abs(Norm2(projector.NullComponent(Difference(draw.Teacher, w))) - frozen0) / frozen0);
        }
        return new Observation()
            .Set("leakage", leakage)
            .Set("frozen-drift", drift)
            .Set("rank", DataSpectrum.Eigenvalues(x, n, p).Count(l => l > 0))
            .Set("frozen", frozen0 / n);
    }

    private static double[] Difference(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var d = new double[a.Length];
        for (var i = 0; i < d.Length; i++) d[i] = a[i] - b[i];
        return d;
    }

    private static double Norm2(ReadOnlySpan<double> v) => LinearData.SquaredDistance(v, new double[v.Length]);
}
