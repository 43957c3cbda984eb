using MathNet.Numerics.LinearAlgebra;

namespace TheoryCheck.Papers.Goldt2020;

/// <summary>
/// Reference states of the asymptotic analysis (Goldt et al. eq (10), (15), section 3) and the linear-response /
/// Newton solvers for the stationary error.
/// Linear response (see the module README): with F(m, s) the ODE right-hand side at noise variance s, m0 a noiseless fixed
/// point, J = ∂F/∂m (central differences, h = 1e-6) and b = ∂F/∂s (exact: F is affine in s),
/// solve J m1 = −b in the minimum-norm least-squares sense (SVD) and return eps*/σ² = ∇eps_g(m0)·m1.
/// Null directions of J (frozen or conserved modes, the difference modes of superfluous units) are orthogonal to
/// ∇eps_g, and b lies in the range of J; both are checked.
/// </summary>
internal static class FixedPoints
{
    /// <summary>
    /// Perfectly specialised SCM state (the zero-error fixed point of eq (9) at σ = 0): student i &lt; M copies teacher i (Q_ik = T_ik, R_in = T_in),
    /// the L = K − M superfluous students have zero weights.
    /// </summary>
    public static double[] Specialised(ScmSetup s)
    {
        var m = new double[s.StateSize];
        for (var i = 0; i < Math.Min(s.K, s.M); i++)
        {
            for (var k = i; k < Math.Min(s.K, s.M); k++) m[s.QIndex(i, k)] = s.T[i * s.M + k];
            for (var n = 0; n < s.M; n++) m[s.RIndex(i, n)] = s.T[i * s.M + n];
        }
        if (s.BothLayers) for (var i = 0; i < s.K; i++) m[s.VIndex(i)] = i < s.M ? s.VStar[i] : 0;
        return m;
    }

    /// <summary>
    /// "Copies" (denoising) state for K = Z·M (Goldt et al. section 3): student k copies teacher k mod M;
    /// when both layers are trained v_k = v*_{k mod M}/Z.
    /// </summary>
    public static double[] Copies(ScmSetup s)
    {
        if (s.K % s.M != 0) throw new ArgumentException($"the copies state needs K to be a multiple of M (K = {s.K}, M = {s.M})");
        var z = s.K / s.M;
        var m = new double[s.StateSize];
        for (var i = 0; i < s.K; i++)
        {
            for (var k = i; k < s.K; k++) m[s.QIndex(i, k)] = s.T[(i % s.M) * s.M + k % s.M];
            for (var n = 0; n < s.M; n++) m[s.RIndex(i, n)] = s.T[(i % s.M) * s.M + n];
            if (s.BothLayers) m[s.VIndex(i)] = s.VStar[i % s.M] / z;
        }
        return m;
    }

    /// <summary>Central-difference Jacobian ∂F/∂m at m (rows: components of F).</summary>
    public static Matrix<double> Jacobian(OrderParameterOde ode, ReadOnlySpan<double> m, double h = 1e-6)
    {
        var d = m.Length;
        var jac = Matrix<double>.Build.Dense(d, d);
        var mp = m.ToArray();
        var fp = new double[d];
        var fm = new double[d];
        for (var j = 0; j < d; j++)
        {
            var keep = mp[j];
            mp[j] = keep + h;
            ode.Evaluate(mp, fp);
            mp[j] = keep - h;
            ode.Evaluate(mp, fm);
            mp[j] = keep;
            for (var i = 0; i < d; i++) jac[i, j] = (fp[i] - fm[i]) / (2 * h);
        }
        return jac;
    }

    /// <summary>Central-difference gradient of eps_g at m.</summary>
    public static double[] EgGradient(OrderParameterOde ode, ReadOnlySpan<double> m, double h = 1e-6)
    {
        var g = new double[m.Length];
        var mp = m.ToArray();
        for (var j = 0; j < m.Length; j++)
        {
            var keep = mp[j];
            mp[j] = keep + h;
            var ep = ode.Eg(mp);
            mp[j] = keep - h;
            var em = ode.Eg(mp);
            mp[j] = keep;
            g[j] = (ep - em) / (2 * h);
        }
        return g;
    }

    /// <summary>Minimum-norm least-squares solution of A x = rhs by SVD, dropping singular values below rcond·σ_max.</summary>
    public static Vector<double> MinNorm(Matrix<double> a, Vector<double> rhs, double rcond = 1e-8)
    {
        var svd = a.Svd(true);
        var s = svd.S;
        var utb = svd.U.TransposeThisAndMultiply(rhs);
        var smax = s.Count > 0 ? s[0] : 0;
        var y = Vector<double>.Build.Dense(a.ColumnCount);
        for (var i = 0; i < s.Count; i++)
            if (s[i] > rcond * smax) y[i] = utb[i] / s[i];
        return svd.VT.TransposeThisAndMultiply(y);
    }

    /// <summary>Result of a linear-response computation.</summary>
    public sealed record LinearResponse(double EgOverSigma2, double[] M1, double ResidualRatio, double NullOverlap);

    /// <summary>
    /// eps*/σ² to first order in σ² around the noiseless fixed point <paramref name="m0"/> (Goldt et al. eq (10)).
    /// Throws when m0 is not a fixed point at σ = 0, when b is not in the range of J (no stationary state at first
    /// order) or when ∇eps_g has a component along the null space (the answer would not be unique).
    /// </summary>
    public static LinearResponse Solve(OrderParameterOde ode, double[] m0)
    {
        var d = m0.Length;
        var f0 = new double[d];
        var f1 = new double[d];
        var keep = ode.Sigma2;
        try
        {
            ode.Sigma2 = 0;
            ode.Evaluate(m0, f0);
            var fnorm = Math.Sqrt(f0.Sum(v => v * v));
            if (fnorm > 1e-9) throw new InvalidOperationException($"m0 is not a noiseless fixed point (|F(m0)| = {fnorm:G3})");
            var jac = Jacobian(ode, m0);
            ode.Sigma2 = 1;
            ode.Evaluate(m0, f1);
            var b = Vector<double>.Build.Dense(d, i => f1[i] - f0[i]);
            var m1 = MinNorm(jac, -b);
            var resid = (jac * m1 + b).L2Norm() / Math.Max(b.L2Norm(), 1e-300);
            ode.Sigma2 = 0;
            var grad = Vector<double>.Build.DenseOfArray(EgGradient(ode, m0));
            // component of grad along the numerical null space of J
            var svd = jac.Svd(true);
            double nullOverlap = 0;
            var smax = svd.S[0];
            for (var i = 0; i < svd.S.Count; i++)
                if (svd.S[i] <= 1e-8 * smax) nullOverlap = Math.Max(nullOverlap, Math.Abs(svd.VT.Row(i).DotProduct(grad)));
            var result = grad.DotProduct(m1);
            if (resid > 1e-5) throw new InvalidOperationException($"∂F/∂σ² is not in the range of the Jacobian (relative residual {resid:G3}): no first-order stationary state");
            if (nullOverlap > 1e-6 * Math.Max(grad.L2Norm(), 1e-300))
                throw new InvalidOperationException($"∇eps_g has a component {nullOverlap:G3} along a null direction of the Jacobian: the linear response is not unique");
            return new LinearResponse(result, m1.ToArray(), resid, nullOverlap);
        }
        finally
        {
            ode.Sigma2 = keep;
        }
    }

    /// <summary>
    /// Newton iteration for F(m) = 0 at the ODE's current σ² (minimum-norm steps), from <paramref name="start"/>.
    /// Returns the fixed point; throws if |F| does not fall below <paramref name="tolerance"/> in 30 iterations.
    /// </summary>
    public static double[] Newton(OrderParameterOde ode, double[] start, double tolerance = 1e-14)
    {
        var m = start.ToArray();
        var d = m.Length;
        var f = new double[d];
        for (var it = 0; it < 30; it++)
        {
            ode.Evaluate(m, f);
            var norm = Math.Sqrt(f.Sum(v => v * v));
            if (norm < tolerance) return m;
            var step = MinNorm(Jacobian(ode, m, 1e-7), Vector<double>.Build.DenseOfArray(f), 1e-10);
            for (var i = 0; i < d; i++) m[i] -= step[i];
        }
        ode.Evaluate(m, f);
        var final = Math.Sqrt(f.Sum(v => v * v));
        if (final < 100 * tolerance) return m;
        throw new InvalidOperationException($"Newton did not converge (|F| = {final:G3})");
    }
}
