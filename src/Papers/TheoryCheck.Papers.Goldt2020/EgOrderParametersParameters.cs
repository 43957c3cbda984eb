using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Order parameters at which eps_g is evaluated (Goldt et al. eq (4)–(6)): Q (K × K), R (K × M), T (M × M) row-major,
/// second layers v (K) and v* (M). K and M are the lengths of v and v*.
/// </summary>
public sealed record EgOrderParametersParameters
{
    /// <summary>Largest K + M accepted (the closed form costs (K + M)² pair averages).</summary>
    internal const int MaxUnits = 200;

    [Parameter("activation", "g of teacher and student: erf = erf(x/√2), linear, relu", Default = "erf", Choices = new[] { "erf", "linear", "relu" })]
    public string Activation { get; init; } = "erf";

    [Parameter("Q", "student overlaps Q_ik = w_i·w_k/N, K × K row-major (symmetric)", Min = -1e6, Max = 1e6, Default = new double[] { 1, 0.1, 0.1, 0.8 })]
    public IReadOnlyList<double> Q { get; init; } = [];

    [Parameter("R", "student–teacher overlaps R_in = w_i·w*_n/N, K × M row-major", Min = -1e6, Max = 1e6, Default = new double[] { 0.5, 0.2, 0.3, 0.4 })]
    public IReadOnlyList<double> R { get; init; } = [];

    [Parameter("T", "teacher overlaps T_nm = w*_n·w*_m/N, M × M row-major (symmetric)", Min = -1e6, Max = 1e6, Default = new double[] { 1, 0, 0, 1 })]
    public IReadOnlyList<double> T { get; init; } = [];

    [Parameter("v", "student second layer v_i, K entries (K = its length)", Min = -1e6, Max = 1e6, Default = new double[] { 1, 1 })]
    public IReadOnlyList<double> V { get; init; } = [];

    [Parameter("v-star", "teacher second layer v*_n, M entries (M = its length)", Min = -1e6, Max = 1e6, Default = new double[] { 1, 1 })]
    public IReadOnlyList<double> VStar { get; init; } = [];

    /// <summary>Shapes, symmetry and positive semidefiniteness of the joint covariance; null when admissible.</summary>
    internal string? Validate()
    {
        int k = V.Count, m = VStar.Count;
        if (k == 0 || m == 0) return "v and v-star need at least one entry each (K, M ≥ 1)";
        if (k + m > MaxUnits) return $"K + M = {k + m} exceeds {MaxUnits}";
        if (Q.Count != k * k) return $"Q has {Q.Count} entries, K × K = {k * k} expected (K = {k}, the length of v)";
        if (R.Count != k * m) return $"R has {R.Count} entries, K × M = {k * m} expected (K = {k}, M = {m}, the lengths of v and v-star)";
        if (T.Count != m * m) return $"T has {T.Count} entries, M × M = {m * m} expected (M = {m}, the length of v-star)";
        return Symmetric(Q, k, "Q") ?? Symmetric(T, m, "T") ?? OrderParameterCovariance.SemidefiniteProblem(Covariance(), k + m);
    }

    /// <summary>C = [[Q, R], [Rᵀ, T]], row-major (K + M)², students first.</summary>
    internal double[] Covariance() => OrderParameterCovariance.Joint(Q, R, T, V.Count, VStar.Count);

    /// <summary>u = (v, −v*).</summary>
    internal double[] Coefficients() => [.. V, .. VStar.Select(x => -x)];

    private static string? Symmetric(IReadOnlyList<double> a, int n, string name)
    {
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
                if (Math.Abs(a[i * n + j] - a[j * n + i]) > 1e-12 * Math.Max(1, Math.Abs(a[i * n + j])))
                    return $"{name} is not symmetric: {name}[{i},{j}] = {a[i * n + j]} but {name}[{j},{i}] = {a[j * n + i]} (row-major, indices from 0)";
        return null;
    }
}
