using TheoryCheck.Numerics.Activations;
namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// One teacher–student problem (Goldt et al. eq (1)–(3)): activation, sizes K (student) and M (teacher),
/// teacher overlaps T (M × M, row-major) and second layer v*, whether the student's second layer is trained,
/// learning rates eta (first layer) and etaV (second layer), label-noise sigma.
/// The order-parameter state vector is m = (Q_ik for i ≤ k, R_in row-major, v_i if both layers are trained).
/// </summary>
internal sealed record ScmSetup(Activation Activation, int K, int M, double[] T, double[] VStar, bool BothLayers,
    double Eta, double EtaV, double Sigma)
{
    public int QCount => K * (K + 1) / 2;
    public int RCount => K * M;
    public int StateSize => QCount + RCount + (BothLayers ? K : 0);

    /// <summary>Index of Q_ik (i ≤ k or k ≤ i) in the state vector.</summary>
    public int QIndex(int i, int k)
    {
        if (i > k) (i, k) = (k, i);
        return i * K - i * (i - 1) / 2 + (k - i);
    }

    public int RIndex(int i, int n) => QCount + i * M + n;
    public int VIndex(int i) => QCount + RCount + i;

    /// <summary>Identity teacher overlaps, v* = value (1 for an SCM, 1/M normalised).</summary>
    public static ScmSetup Standard(Activation g, int k, int m, double eta, double sigma, bool bothLayers = false,
        double vStar = 1, double? etaV = null)
    {
        var t = new double[m * m];
        for (var i = 0; i < m; i++) t[i * m + i] = 1;
        return new ScmSetup(g, k, m, t, Enumerable.Repeat(vStar, m).ToArray(), bothLayers, eta, etaV ?? eta, sigma);
    }

    /// <summary>Packs (Q, R, v) into a state vector (Q is K × K row-major, R is K × M; v ignored for SCMs).</summary>
    public double[] Pack(ReadOnlySpan<double> q, ReadOnlySpan<double> r, ReadOnlySpan<double> v)
    {
        var m = new double[StateSize];
        for (var i = 0; i < K; i++)
            for (var k = i; k < K; k++) m[QIndex(i, k)] = q[i * K + k];
        for (var i = 0; i < K * M; i++) m[QCount + i] = r[i];
        if (BothLayers) for (var i = 0; i < K; i++) m[VIndex(i)] = v[i];
        return m;
    }

    /// <summary>
    /// The full (K+M) × (K+M) covariance C = [[Q, R], [Rᵀ, T]] of the fields (students first) for state m.
    /// </summary>
    public void Covariance(ReadOnlySpan<double> m, Span<double> c)
    {
        var n = K + M;
        for (var i = 0; i < K; i++)
        {
            for (var k = i; k < K; k++) c[i * n + k] = c[k * n + i] = m[QIndex(i, k)];
            for (var j = 0; j < M; j++) c[i * n + K + j] = c[(K + j) * n + i] = m[QCount + i * M + j];
        }
        for (var a = 0; a < M; a++)
            for (var b = 0; b < M; b++) c[(K + a) * n + K + b] = T[a * M + b];
    }

    /// <summary>u = (v_1..v_K, −v*_1..−v*_M) where v is read from m (both layers) or from <paramref name="frozenV"/>.</summary>
    public void Coefficients(ReadOnlySpan<double> m, ReadOnlySpan<double> frozenV, Span<double> u)
    {
        for (var i = 0; i < K; i++) u[i] = BothLayers ? m[VIndex(i)] : frozenV[i];
        for (var j = 0; j < M; j++) u[K + j] = -VStar[j];
    }
}
