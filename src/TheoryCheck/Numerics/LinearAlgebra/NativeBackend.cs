using System.Runtime.InteropServices;

namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// The system's LAPACK/BLAS (OpenBLAS preferred), called directly through the Fortran symbols.
/// Inputs are validated by <see cref="Guard"/> before any call: reference LAPACK's XERBLA stops the
/// process on an illegal argument, so a bad shape must never reach the library.
/// </summary>
public sealed unsafe class NativeBackend : ILinearAlgebraBackend
{
    private static readonly Lazy<(LapackNative? Lib, string Failure)> Loaded = new(() =>
    {
        var lib = LapackNative.TryLoad(out var failure);
        return (lib, failure);
    });

    private readonly LapackNative _lib;

    private NativeBackend(LapackNative lib, SymmetricEigenDriver valuesDriver, SymmetricEigenDriver vectorsDriver)
    {
        _lib = lib;
        ValuesDriver = valuesDriver;
        VectorsDriver = vectorsDriver;
    }

    /// <summary>True when a LAPACK/BLAS library loaded in this process (loading is tried once).</summary>
    public static bool IsAvailable => Loaded.Value.Lib is not null;

    /// <summary>Why no library loaded (each candidate's reason), or empty when one did.</summary>
    public static string LoadFailure => Loaded.Value.Failure;

    /// <summary>The backend over the process's library, or null (with the reason) when none loads.</summary>
    public static NativeBackend? TryCreate(out string failure)
    {
        var (lib, why) = Loaded.Value;
        failure = why;
        // DSYEVD for both: measured fastest on OpenBLAS 0.3.21 at n = 2000 (tools/benchmarks/run-linalg.sh).
        return lib is null ? null : new NativeBackend(lib, SymmetricEigenDriver.Syevd, SymmetricEigenDriver.Syevd);
    }

    /// <summary>The backend over the process's library; throws <see cref="DllNotFoundException"/> when none loads.</summary>
    public static NativeBackend Create() =>
        TryCreate(out var failure) ?? throw new DllNotFoundException($"no LAPACK/BLAS library could be loaded: {failure}");

    /// <summary>A backend over the same library with other eigen drivers (for benchmarks and cross-checks).</summary>
    public NativeBackend WithDrivers(SymmetricEigenDriver valuesDriver, SymmetricEigenDriver vectorsDriver) =>
        new(_lib, valuesDriver, vectorsDriver);

    public string Name => $"native ({_lib.LibraryName})";

    /// <summary>The loaded library file name(s).</summary>
    public string LibraryName => _lib.LibraryName;

    /// <summary>OpenBLAS's build description, or null for another library.</summary>
    public string? LibraryConfig => _lib.Config;

    /// <summary>OpenBLAS's thread count for the whole process (null when the library has no such control; setting is then ignored).</summary>
    public int? Threads
    {
        get => _lib.Threads;
        set => _lib.Threads = value;
    }

    /// <summary>Driver for <see cref="SymmetricEigenvalues"/>.</summary>
    public SymmetricEigenDriver ValuesDriver { get; }

    /// <summary>Driver for <see cref="SymmetricEigen"/>.</summary>
    public SymmetricEigenDriver VectorsDriver { get; }

    public double[] SymmetricEigenvalues(ReadOnlySpan<double> a, int n)
    {
        Guard.Matrix(a, n, n);
        var w = new double[n];
        // Every driver overwrites A: work on a native copy (no LOH garbage for large n).
        var copy = (double*)NativeMemory.Alloc((nuint)a.Length, sizeof(double));
        try
        {
            a.CopyTo(new Span<double>(copy, a.Length));
            fixed (double* pw = w)
                Eigen(ValuesDriver, (byte)'N', copy, n, pw, null);
        }
        finally
        {
            NativeMemory.Free(copy);
        }
        return w;
    }

    public (double[] Values, double[] Vectors) SymmetricEigen(ReadOnlySpan<double> a, int n)
    {
        Guard.Matrix(a, n, n);
        var w = new double[n];
        if (VectorsDriver == SymmetricEigenDriver.Syevr)
        {
            // DSYEVR writes vectors to a separate Z and destroys A.
            var z = GC.AllocateUninitializedArray<double>(a.Length);
            var copy = (double*)NativeMemory.Alloc((nuint)a.Length, sizeof(double));
            try
            {
                a.CopyTo(new Span<double>(copy, a.Length));
                fixed (double* pw = w, pz = z)
                    Eigen(VectorsDriver, (byte)'V', copy, n, pw, pz);
            }
            finally
            {
                NativeMemory.Free(copy);
            }
            return (w, z);
        }

        // DSYEVD and DSYEV overwrite A with the eigenvectors: start from a copy that becomes the result.
        var vectors = a.ToArray();
        fixed (double* pw = w, pv = vectors)
            Eigen(VectorsDriver, (byte)'V', pv, n, pw, null);
        return (w, vectors);
    }

    public double[] SingularValues(ReadOnlySpan<double> a, int rows, int cols)
    {
        Guard.Matrix(a, rows, cols);
        var s = new double[Math.Min(rows, cols)];
        var copy = (double*)NativeMemory.Alloc((nuint)a.Length, sizeof(double));
        try
        {
            a.CopyTo(new Span<double>(copy, a.Length));
            fixed (double* ps = s)
                Gesdd(copy, rows, cols, ps);
        }
        finally
        {
            NativeMemory.Free(copy);
        }
        return s;
    }

    public double[] Multiply(ReadOnlySpan<double> a, int aRows, int aCols, bool transposeA,
                             ReadOnlySpan<double> b, int bRows, int bCols, bool transposeB)
    {
        var (m, n, k) = Guard.Product(a, aRows, aCols, transposeA, b, bRows, bCols, transposeB);
        var c = new double[(long)m * n];
        byte ta = transposeA ? (byte)'T' : (byte)'N', tb = transposeB ? (byte)'T' : (byte)'N';
        int lda = aRows, ldb = bRows, ldc = m;
        double alpha = 1, beta = 0;
        // DGEMM: C := alpha op(A) op(B) + beta C; the leading dimensions are those of the stored matrices.
        fixed (double* pa = a, pb = b, pc = c)
            _lib.Dgemm(&ta, &tb, &m, &n, &k, &alpha, pa, &lda, pb, &ldb, &beta, pc, &ldc, 1, 1);
        return c;
    }

    public double[] Gram(ReadOnlySpan<double> a, int rows, int cols)
    {
        Guard.Matrix(a, rows, cols);
        Guard.ResultSize(cols, cols);
        var c = new double[(long)cols * cols];
        byte uplo = (byte)'L', trans = (byte)'T';
        int n = cols, k = rows, lda = rows, ldc = cols;
        double alpha = 1, beta = 0;
        // DSYRK with TRANS = 'T' forms AᵀA in half the flops of DGEMM but fills only the lower triangle.
        fixed (double* pa = a, pc = c)
            _lib.Dsyrk(&uplo, &trans, &n, &k, &alpha, pa, &lda, &beta, pc, &ldc, 1, 1);
        for (var j = 1; j < cols; j++)
            for (var i = 0; i < j; i++)
                c[(long)j * cols + i] = c[(long)i * cols + j];
        return c;
    }

    public void MultiplyVector(ReadOnlySpan<double> a, int rows, int cols, bool transpose,
                               ReadOnlySpan<double> x, Span<double> y, double alpha = 1, double beta = 0)
    {
        Guard.MatrixVector(a.Length, rows, cols, transpose, x.Length, y.Length);
        byte trans = transpose ? (byte)'T' : (byte)'N';
        int m = rows, n = cols, lda = rows, inc = 1;
        // DGEMV: y := alpha op(A) x + beta y; with BETA = 0, Y need not be set on entry.
        fixed (double* pa = a, px = x, py = y)
            _lib.Dgemv(&trans, &m, &n, &alpha, pa, &lda, px, &inc, &beta, py, &inc, 1);
    }

    /// <summary>
    /// Solves a 2 x 2 eigenproblem, an SVD and a product whose answers are known, so a library that loads but
    /// computes garbage (a wrong integer width, a broken build) is never selected.
    /// </summary>
    internal bool SelfTest(out string failure)
    {
        try
        {
            double[] a = [2, 1, 1, 2]; // eigenvalues 1 and 3
            var values = SymmetricEigenvalues(a, 2);
            var (w, v) = SymmetricEigen(a, 2);
            var s = SingularValues([3, 0, 0, 0, -4, 0], 3, 2); // singular values 4 and 3
            var p = Multiply([1, 2, 3, 4], 2, 2, true, [5, 6, 7, 8], 2, 2, false); // [1 2; 3 4] * [5 7; 6 8]
            var g = Gram([1, 2, 3, 4, 5, 6], 3, 2); // [14 32; 32 77]
            var mv = new double[2];
            MultiplyVector([1, 2, 3, 4, 5, 6], 2, 3, false, [1, 1, 1], mv); // [1 3 5; 2 4 6] (1, 1, 1) = (9, 12)
            var residual = Math.Abs(a[0] * v[2] + a[2] * v[3] - w[1] * v[2]) + Math.Abs(a[1] * v[2] + a[3] * v[3] - w[1] * v[3]);
            var ok = Near(values, [1, 3]) && Near(w, [1, 3]) && residual < 1e-12
                     && Near(s, [4, 3]) && Near(p, [17, 39, 23, 53]) && Near(g, [14, 32, 32, 77]) && Near(mv, [9, 12]);
            failure = ok ? "" : $"self-test gave wrong answers with {LibraryName}";
            return ok;
        }
        catch (Exception e) when (e is LapackException or ArgumentException)
        {
            failure = $"self-test failed with {LibraryName}: {e.Message}";
            return false;
        }

        static bool Near(double[] x, double[] y) =>
            x.Length == y.Length && x.Zip(y).All(t => Math.Abs(t.First - t.Second) <= 1e-12 * (1 + Math.Abs(t.Second)));
    }

    private void Eigen(SymmetricEigenDriver driver, byte jobz, double* a, int n, double* w, double* z)
    {
        switch (driver)
        {
            case SymmetricEigenDriver.Syevd: Syevd(jobz, a, n, w); break;
            case SymmetricEigenDriver.Syevr: Syevr(jobz, a, n, w, z); break;
            case SymmetricEigenDriver.Syev: Syev(jobz, a, n, w); break;
            default: throw new ArgumentOutOfRangeException(nameof(driver), driver, null);
        }
    }

    // All drivers read the lower triangle (UPLO = 'L'), as the interface promises, and return W ascending.

    private void Syevd(byte jobz, double* a, int n, double* w)
    {
        byte uplo = (byte)'L';
        int lda = n, info = 0, lwork = -1, liwork = -1, iworkSize = 0;
        double workSize = 0;
        // LWORK = LIWORK = -1: DSYEVD only reports the optimal workspace sizes in WORK(1) and IWORK(1).
        _lib.Dsyevd(&jobz, &uplo, &n, a, &lda, w, &workSize, &lwork, &iworkSize, &liwork, &info, 1, 1);
        LapackException.Check("dsyevd", info);
        lwork = WorkLength(workSize, "dsyevd");
        liwork = Math.Max(1, iworkSize);
        var work = (double*)NativeMemory.Alloc((nuint)lwork, sizeof(double));
        var iwork = (int*)NativeMemory.Alloc((nuint)liwork, sizeof(int));
        try
        {
            _lib.Dsyevd(&jobz, &uplo, &n, a, &lda, w, work, &lwork, iwork, &liwork, &info, 1, 1);
        }
        finally
        {
            NativeMemory.Free(work);
            NativeMemory.Free(iwork);
        }
        LapackException.Check("dsyevd", info);
    }

    private void Syevr(byte jobz, double* a, int n, double* w, double* z)
    {
        byte range = (byte)'A', uplo = (byte)'L';
        int lda = n, il = 1, iu = n, m = 0, info = 0, lwork = -1, liwork = -1, iworkSize = 0;
        int ldz = jobz == (byte)'V' ? n : 1; // Z is not referenced for JOBZ = 'N' but LDZ must still be >= 1
        double vl = 0, vu = 0, abstol = 0, workSize = 0, zDummy = 0;
        if (z == null) z = &zDummy;
        var isuppz = (int*)NativeMemory.Alloc((nuint)(2 * n), sizeof(int));
        try
        {
            _lib.Dsyevr(&jobz, &range, &uplo, &n, a, &lda, &vl, &vu, &il, &iu, &abstol, &m, w, z, &ldz, isuppz,
                        &workSize, &lwork, &iworkSize, &liwork, &info, 1, 1, 1);
            LapackException.Check("dsyevr", info);
            lwork = WorkLength(workSize, "dsyevr");
            liwork = Math.Max(1, iworkSize);
            var work = (double*)NativeMemory.Alloc((nuint)lwork, sizeof(double));
            var iwork = (int*)NativeMemory.Alloc((nuint)liwork, sizeof(int));
            try
            {
                _lib.Dsyevr(&jobz, &range, &uplo, &n, a, &lda, &vl, &vu, &il, &iu, &abstol, &m, w, z, &ldz, isuppz,
                            work, &lwork, iwork, &liwork, &info, 1, 1, 1);
            }
            finally
            {
                NativeMemory.Free(work);
                NativeMemory.Free(iwork);
            }
        }
        finally
        {
            NativeMemory.Free(isuppz);
        }
        LapackException.Check("dsyevr", info);
        if (m != n) throw new LapackException("dsyevr", info, $"dsyevr found {m} of {n} eigenvalues");
    }

    private void Syev(byte jobz, double* a, int n, double* w)
    {
        byte uplo = (byte)'L';
        int lda = n, info = 0, lwork = -1;
        double workSize = 0;
        _lib.Dsyev(&jobz, &uplo, &n, a, &lda, w, &workSize, &lwork, &info, 1, 1);
        LapackException.Check("dsyev", info);
        lwork = WorkLength(workSize, "dsyev");
        var work = (double*)NativeMemory.Alloc((nuint)lwork, sizeof(double));
        try
        {
            _lib.Dsyev(&jobz, &uplo, &n, a, &lda, w, work, &lwork, &info, 1, 1);
        }
        finally
        {
            NativeMemory.Free(work);
        }
        LapackException.Check("dsyev", info);
    }

    private void Gesdd(double* a, int rows, int cols, double* s)
    {
        byte jobz = (byte)'N';
        int m = rows, n = cols, lda = rows, ldu = 1, ldvt = 1, info = 0, lwork = -1;
        double workSize = 0, uDummy = 0, vtDummy = 0;
        // IWORK is 8 min(M, N) for every JOBZ; U and VT are not referenced for JOBZ = 'N'.
        var iwork = (int*)NativeMemory.Alloc((nuint)(8L * Math.Min(rows, cols)), sizeof(int));
        try
        {
            _lib.Dgesdd(&jobz, &m, &n, a, &lda, s, &uDummy, &ldu, &vtDummy, &ldvt, &workSize, &lwork, iwork, &info, 1);
            LapackException.Check("dgesdd", info);
            lwork = WorkLength(workSize, "dgesdd");
            var work = (double*)NativeMemory.Alloc((nuint)lwork, sizeof(double));
            try
            {
                _lib.Dgesdd(&jobz, &m, &n, a, &lda, s, &uDummy, &ldu, &vtDummy, &ldvt, work, &lwork, iwork, &info, 1);
            }
            finally
            {
                NativeMemory.Free(work);
            }
        }
        finally
        {
            NativeMemory.Free(iwork);
        }
        LapackException.Check("dgesdd", info);
    }

    /// <summary>The optimal LWORK a workspace query returned in WORK(1), as a 32-bit LAPACK integer.</summary>
    private static int WorkLength(double reported, string routine)
    {
        // Rounded up: the value travels as a double, and a size just below the true one would be rejected.
        var length = Math.Max(1.0, Math.Ceiling(reported));
        if (length > int.MaxValue)
            throw new ArgumentException($"{routine} needs a workspace of {length} doubles, more than 32-bit LAPACK can address");
        return (int)length;
    }
}
