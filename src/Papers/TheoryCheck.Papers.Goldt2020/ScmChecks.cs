using TheoryCheck.Numerics.Activations;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Building blocks shared by the Goldt et al. solvers: the problem of eq (1)–(3) with T = I, the frozen second layers
/// of the SCM (v = 1) and its normalised variant (v = 1/K), and the size checks the asymptotic claims need.
/// </summary>
internal static class ScmChecks
{
    /// <summary>Spec words of the activations these solvers accept (eq (1): g = erf(x/√2), linear, ReLU).</summary>
    public const string Erf = "erf", Linear = "linear", Relu = "relu";

    /// <summary>The activation named by a spec word (erf, linear or relu).</summary>
    public static Activation Act(string word) => Activations.Parse(word);

    /// <summary>Frozen second layer: v_k = 1 (SCM) or 1/K (normalised), K entries.</summary>
    public static double[] FrozenV(int k, bool normalised) => Enumerable.Repeat(normalised ? 1.0 / k : 1.0, k).ToArray();

    /// <summary>
    /// The problem with T = I and η_v = η: v* = <paramref name="vStar"/> when both layers are trained, else 1/M for
    /// the normalised SCM and 1 for the SCM.
    /// </summary>
    public static ScmSetup Setup(Activation g, int k, int m, double eta, double sigma, bool both, bool normalised, double vStar = 1) =>
        ScmSetup.Standard(g, k, m, eta, sigma, both, both ? vStar : normalised ? 1.0 / m : 1.0);

    /// <summary>Null when K ≥ M, else why a claim about superfluous or copied units cannot hold.</summary>
    public static string? RequireKAtLeastM(int k, int m) =>
        k < m ? $"K = {k} is smaller than M = {m}: this claim needs a student at least as large as the teacher (K ≥ M)" : null;

    /// <summary>Null when K is a multiple of M (the copies state), else what is wrong.</summary>
    public static string? RequireMultiple(int k, int m) =>
        k % m != 0 ? $"K = {k} is not a multiple of M = {m}: the copies (denoising) state needs K = Z·M" : null;

    /// <summary>
    /// Checks initial overlaps Q0 (K × K), R0 (K × M) and, for trained second layers, v0 (K): sizes, symmetry and
    /// positive definiteness of [[T, R0ᵀ], [R0, Q0]] with T = I (otherwise no weights realise them).
    /// </summary>
    public static string? ValidateInitial(int k, int m, bool both, IReadOnlyList<double> q, IReadOnlyList<double> r, IReadOnlyList<double> v0)
    {
        if (q.Count != k * k) return $"Q0 has {q.Count} entries but K × K = {k * k} are needed (row-major)";
        if (r.Count != k * m) return $"R0 has {r.Count} entries but K × M = {k * m} are needed (row-major)";
        if (both && v0.Count != k) return $"v0 has {v0.Count} entries but K = {k} are needed";
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
}
