using TheoryCheck.Numerics.Activations;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>Parameters of configuration D (catalogue §1.4), shared by the finite-n experiment and the population theory.</summary>
internal static class DecouplingParameters
{
    public static readonly ParameterSpec Activation =
        ParameterSpec.Choice("activation", "activation sigma = target phi: relu, erf (meaning erf(z/sqrt 2)), tanh or linear", ["relu", "erf", "tanh", "linear"], "relu");
    public static readonly ParameterSpec Dimension = ParameterSpec.Integer("d", "input dimension d", min: 2, max: 4096, @default: 20);
    public static readonly ParameterSpec Alpha = ParameterSpec.Positive("alpha", "over-parameterisation ratio alpha = n/(m d)", 0.5);
    public static readonly ParameterSpec Tau = ParameterSpec.Real("tau", "label-noise standard deviation tau (Bayes risk tau^2/2)", min: 0, @default: 0.5);
    public static readonly ParameterSpec Eta = ParameterSpec.Real("eta", "step of projected GD in rescaled time", min: 0, max: 2, minExclusive: true, @default: 0.4);
    public static readonly ParameterSpec Horizon = ParameterSpec.Positive("horizon", "final time T (used when horizon-per-m is 0)", 128);
    public static readonly ParameterSpec HorizonPerM = ParameterSpec.Real("horizon-per-m", "if > 0, the final time is this times m (t = Theta(m) studies)", min: 0, @default: 0);
    public static readonly ParameterSpec Plateau = ParameterSpec.Positive("plateau-time", "end t_p of the O(1) window where the plateau gap g(t_p) is taken", 20);
    public static readonly ParameterSpec Record = ParameterSpec.Positive("record-every", "time between records of e_tr, e_ts, a, v", 2);
    public static readonly ParameterSpec InitSeed = ParameterSpec.Integer("init-seed", "seed of the initial state (shared by the finite-n runs and the population flow)", min: 0, @default: 1);
    public static readonly ParameterSpec StopAt = ParameterSpec.Real("stop-at-excess-gap", "if > 0, stop a run once the excess gap g(t) - g(t_p) reaches this (onset-time studies; no curves then)", min: 0, @default: 0);

    public static readonly IReadOnlyList<ParameterSpec> All =
        [Activation, Dimension, Alpha, Tau, Eta, Horizon, HorizonPerM, Plateau, Record, InitSeed, StopAt];

    public static DecouplingSetup Setup(Point p)
    {
        var m = p.Size;
        var perM = p.Real("horizon-per-m");
        return new DecouplingSetup(m, p.Integer("d"), p.Real("alpha"), p.Real("tau"),
            Activations.Parse(p.Text("activation")), p.Real("eta"), perM > 0 ? perM * m : p.Real("horizon"),
            p.Real("plateau-time"), p.Real("record-every"), p.Integer("init-seed"), p.Real("stop-at-excess-gap"));
    }

    /// <summary>Indices of the records that the curves keep (stride chosen so that there are at most 65).</summary>
    public static int[] CurveIndices(DecouplingSetup s, int count)
    {
        var list = new List<int>();
        for (var r = 0; r < count; r += s.CurveStride) list.Add(r);
        return list.ToArray();
    }

    public static double[] Pick(double[] values, int[] indices) => indices.Select(i => values[i]).ToArray();
}
