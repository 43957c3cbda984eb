using TheoryCheck.Numerics.Activations;
using System.Globalization;
using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Parameters shared by the Goldt et al. (2019/2020) solvers and their reading from a <see cref="Point"/>
/// (catalogue goldt2020-scm.md §0). K is read from the ladder when the experiment's size is K, eta from the ladder
/// when the size is inv-eta (eta = 1/size).
/// </summary>
public static class Goldt2020Parameters
{
    public const string SizeK = "K";
    public const string SizeInvEta = "inv-eta";

    /// <summary>Canonical asymmetric initial condition of catalogue §3 (K = 3, M = 2).</summary>
    public static readonly double[] CanonicalQ0 = [1, .1, 0, .1, .8, .05, 0, .05, .6];
    public static readonly double[] CanonicalR0 = [.3, .05, .1, .2, 0, .1];
    public static readonly double[] CanonicalV0 = [0.8, 0.5, 0.3];

    public static ParameterSpec ActivationParam(string @default = "erf", bool allowRelu = true) =>
        ParameterSpec.Choice("activation", "g: erf = erf(x/√2), linear, relu" + (allowRelu ? "" : " (relu has no ODE)"),
            allowRelu ? ["erf", "linear", "relu"] : ["erf", "linear"], @default);
    public static ParameterSpec KParam(int? @default = null) => ParameterSpec.Integer("K", "student hidden units (the ladder's K overrides it)", 1, 64, @default);
    public static ParameterSpec MParam(int? @default = null) => ParameterSpec.Integer("M", "teacher hidden units", 1, 64, @default);
    public static ParameterSpec EtaParam(double? @default = null) => ParameterSpec.Positive("eta", "first-layer learning rate η > 0 (the ladder's inv-eta overrides it)", @default);
    public static ParameterSpec SigmaParam(double? @default = null) => ParameterSpec.Real("sigma", "label-noise standard deviation σ ≥ 0", min: 0, @default: @default);
    public static ParameterSpec LayersParam(string @default = "first") => ParameterSpec.Choice("layers", "first: second layer frozen (SCM); both: second layer trained with η_v = η", ["first", "both"], @default);
    public static ParameterSpec SecondLayerParam(string @default = "scm") => ParameterSpec.Choice("second-layer", "frozen second layers: scm (v = v* = 1) or normalised (v = 1/K, v* = 1/M)", ["scm", "normalised"], @default);
    public static ParameterSpec VStarParam(double @default = 1) => ParameterSpec.Positive("vstar", "teacher second-layer weight v* (all teachers) when both layers are trained", @default);

    public static int K(Point p) =>
        p.SizeName == SizeK ? p.Size : p.Has("L") && p.Integer("L") >= 0 ? p.Integer("M") + p.Integer("L") : p.Integer("K");

    /// <summary>Optional L = K − M (number of superfluous units); when ≥ 0 it overrides K, so M and L can both be lists.</summary>
    public static ParameterSpec LParam() => ParameterSpec.Integer("L", "superfluous units L = K − M; when ≥ 0 it overrides K (default −1: use K)", -1, 64, -1);
    public static double Eta(Point p) => p.SizeName == SizeInvEta ? 1.0 / p.Size : p.Real("eta");
    public static Activation Act(Point p) => p.Has("activation") ? Activations.Parse(p.Text("activation")) : Activation.Erf;
    public static bool Both(Point p) => p.Has("layers") && p.Text("layers") == "both";
    public static bool Normalised(Point p) => p.Has("second-layer") && p.Text("second-layer") == "normalised";

    /// <summary>The problem at a point: T = I, v* from the second-layer choice (or vstar for both layers), η_v = η.</summary>
    public static ScmSetup Setup(Point p, double? sigmaOverride = null)
    {
        int k = K(p), m = p.Integer("M");
        var both = Both(p);
        var vStar = both ? (p.Has("vstar") ? p.Real("vstar") : 1) : Normalised(p) ? 1.0 / m : 1.0;
        var sigma = sigmaOverride ?? (p.Has("sigma") ? p.Real("sigma") : 0);
        return ScmSetup.Standard(Act(p), k, m, Eta(p), sigma, both, vStar);
    }

    /// <summary>Frozen second layer: 1 (SCM) or 1/K (normalised).</summary>
    public static double[] FrozenV(Point p)
    {
        var k = K(p);
        return Enumerable.Repeat(Normalised(p) ? 1.0 / k : 1.0, k).ToArray();
    }

    /// <summary>Checks K ≥ M for claims about superfluous or copied units.</summary>
    public static string? RequireKAtLeastM(Point p)
    {
        int k = K(p), m = p.Integer("M");
        return k < m ? $"K = {k} is smaller than M = {m}: this claim needs a student at least as large as the teacher (K ≥ M)" : null;
    }

    /// <summary>Checks that K is a multiple of M (copies states).</summary>
    public static string? RequireMultiple(Point p)
    {
        int k = K(p), m = p.Integer("M");
        return k % m != 0 ? $"K = {k} is not a multiple of M = {m}: the copies (denoising) state needs K = Z·M" : null;
    }

    /// <summary>
    /// Validates Q0 (K × K), R0 (K × M), v0 (K) lists: sizes, symmetry and positive definiteness of
    /// [[T, R0ᵀ], [R0, Q0]] with T = I.
    /// </summary>
    public static string? ValidateInitial(Point p)
    {
        int k = K(p), m = p.Integer("M");
        var q = p.List("Q0");
        var r = p.List("R0");
        if (q.Count != k * k) return $"Q0 has {q.Count} entries but K × K = {k * k} are needed (row-major)";
        if (r.Count != k * m) return $"R0 has {r.Count} entries but K × M = {k * m} are needed (row-major)";
        if (p.Has("v0") && Both(p) && p.List("v0").Count != k) return $"v0 has {p.List("v0").Count} entries but K = {k} are needed";
        for (var i = 0; i < k; i++)
            for (var j = 0; j < i; j++)
                if (Math.Abs(q[i * k + j] - q[j * k + i]) > 1e-12) return $"Q0 is not symmetric (entries ({i},{j}) and ({j},{i}) differ)";
        var t = new double[m * m];
        for (var i = 0; i < m; i++) t[i * m + i] = 1;
        var g = WeightConstruction.Gram(k, m, q.ToArray(), r.ToArray(), t);
        if (WeightConstruction.Cholesky(g, k + m) is null)
            return "the initial order parameters are not positive definite: [[T, R0ᵀ], [R0, Q0]] (T = I) has a non-positive pivot, so no weights realise them";
        return null;
    }

    /// <summary>Initial (Q0, R0, v0) of a point as arrays (v0 = the frozen v for SCMs).</summary>
    public static (double[] Q, double[] R, double[] V) Initial(Point p)
    {
        var v = Both(p) ? p.List("v0").ToArray() : FrozenV(p);
        return (p.List("Q0").ToArray(), p.List("R0").ToArray(), v);
    }

    public static ParameterSpec[] InitialParams() =>
    [
        ParameterSpec.List("Q0", "initial student overlaps Q_ik = w_i·w_k/N, K × K row-major", @default: CanonicalQ0),
        ParameterSpec.List("R0", "initial student–teacher overlaps R_in, K × M row-major", @default: CanonicalR0),
        ParameterSpec.List("v0", "initial second layer (both layers only), K entries", @default: CanonicalV0),
    ];

    public static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>First non-null message.</summary>
    public static string? First(params Func<string?>[] checks)
    {
        foreach (var c in checks)
        {
            var r = c();
            if (r is not null) return r;
        }
        return null;
    }
}
