using System.Runtime.InteropServices;

namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// The system's LAPACK/BLAS (OpenBLAS preferred), called directly through the Fortran symbols.
/// Inputs are validated by <see cref="Guard"/> before any call: reference LAPACK's XERBLA stops the
/// process on an illegal argument, so a bad shape must never reach the library.
/// </summary>
/// <remarks>
/// Reproducible bits, whatever --jobs and whatever else runs in the process: the library is loaded once with one BLAS
/// thread, fixed for the life of the process (OpenBLAS rounds differently with another thread count, and the count is
/// process-wide), and with a kernel chosen as <see cref="OpenBlasKernel"/> says. LAPACK drivers always work on
/// 64-byte-aligned copies (they copy anyway); the products do too when the kernel's results depend on alignment.
/// </remarks>
public sealed unsafe class NativeBackend : ILinearAlgebraBackend
{
    private static readonly Lazy<(LapackNative? Lib, string Failure, OpenBlasKernel.Request Request)> Loaded = new(() =>
    {
        // Before loading: OpenBLAS reads these once, in its load-time constructor. OMP_NUM_THREADS is what an OpenMP
        // build of OpenBLAS follows (it rereads omp_get_max_threads() on every call).
        var request = OpenBlasKernel.Prepare();
        NativeEnvironment.Set("OPENBLAS_NUM_THREADS", "1");
        NativeEnvironment.Set("OMP_NUM_THREADS", "1");
        var lib = LapackNative.TryLoad(out var failure);
        if (lib is not null) lib.Threads = 1;
        return (lib, failure, request);
    });

    private readonly LapackNative _lib;

    private NativeBackend(LapackNative lib, SymmetricEigenDriver valuesDriver, SymmetricEigenDriver vectorsDriver, bool alignOperands)
    {
        _lib = lib;
        ValuesDriver = valuesDriver;
        VectorsDriver = vectorsDriver;
        AlignOperands = alignOperands;
    }

    /// <summary>True when a LAPACK/BLAS library loaded in this process (loading is tried once).</summary>
    public static bool IsAvailable => Loaded.Value.Lib is not null;

    /// <summary>Why no library loaded (each candidate's reason), or empty when one did.</summary>
    public static string LoadFailure => Loaded.Value.Failure;

    /// <summary>The backend over the process's library, or null (with the reason) when none loads.</summary>
    public static NativeBackend? TryCreate(out string failure)
    {
        var (lib, why, _) = Loaded.Value;
        failure = why;
        // DSYEVD for both: measured fastest on OpenBLAS 0.3.21 at n = 2000 (tools/benchmarks/run-linalg.sh).
        return lib is null ? null : new NativeBackend(lib, SymmetricEigenDriver.Syevd, SymmetricEigenDriver.Syevd,
            alignOperands: !OpenBlasKernel.IsAlignmentInsensitive(lib.Corename));
    }

    /// <summary>The backend over the process's library; throws <see cref="DllNotFoundException"/> when none loads.</summary>
    public static NativeBackend Create() =>
        TryCreate(out var failure) ?? throw new DllNotFoundException($"no LAPACK/BLAS library could be loaded: {failure}");

    /// <summary>A backend over the same library with other eigen drivers (for benchmarks and cross-checks).</summary>
    public NativeBackend WithDrivers(SymmetricEigenDriver valuesDriver, SymmetricEigenDriver vectorsDriver) =>
        new(_lib, valuesDriver, vectorsDriver, AlignOperands);

    /// <summary>A backend over the same library that does (or does not) copy the products' operands to aligned buffers (for tests and probes).</summary>
    internal NativeBackend WithAlignedOperands(bool align) => new(_lib, ValuesDriver, VectorsDriver, align);

    /// <summary>Recorded in results and golden headers: the library only, e.g. <c>native (libopenblas.so.0)</c>.</summary>
    public string Name => $"native ({_lib.LibraryName})";

    /// <summary>For the run header: library, kernel, threads, who chose the kernel, and whether operands are aligned by copying.</summary>
    public string Description => OpenBlasKernel.Describe(_lib.LibraryName, Kernel, Threads, Loaded.Value.Request, AlignOperands);

    /// <summary>The loaded library file name(s).</summary>
    public string LibraryName => _lib.LibraryName;

    /// <summary>OpenBLAS's build description, or null for another library.</summary>
    public string? LibraryConfig => _lib.Config;

    /// <summary>The OpenBLAS kernel in use (<c>openblas_get_corename</c>), or null for another library.</summary>
    public string? Kernel => _lib.Corename;

    /// <summary>
    /// True when DGEMM, DSYRK and DGEMV get 64-byte-aligned copies of their operands (and write to one), because the
    /// kernel is not known to give the same bits at every alignment (<see cref="OpenBlasKernel.AlignmentInsensitive"/>).
    /// </summary>
    public bool AlignOperands { get; }

    /// <summary>
    /// OpenBLAS's thread count for the whole process: 1 from load on (null when the library has no such control).
    /// Only benchmarks change it (another count changes the bits).
    /// </summary>
    public int? Threads
    {
        get => _lib.Threads;
        internal set => _lib.Threads = value;
    }

    /// <summary>Driver for <see cref="SymmetricEigenvalues"/>.</summary>
    public SymmetricEigenDriver ValuesDriver { get; }

    /// <summary>Driver for <see cref="SymmetricEigen"/>.</summary>
    public SymmetricEigenDriver VectorsDriver { get; }

    public double[] SymmetricEigenvalues(ReadOnlySpan<double> a, int n)
    {
        Guard.Matrix(a, n, n);
        LinearAlgebraUsage.Record(native: true, LinearAlgebraCall.Lapack);
        // Every driver overwrites A: work on an aligned native copy (no LOH garbage for large n).
        using var copy = AlignedBuffer<double>.Of(a);
        using var w = new AlignedBuffer<double>(n);
        Eigen(ValuesDriver, (byte)'N', copy.Pointer, n, w.Pointer, null);
        return w.Span.ToArray();
    }

    public (double[] Values, double[] Vectors) SymmetricEigen(ReadOnlySpan<double> a, int n)
    {
        Guard.Matrix(a, n, n);
        LinearAlgebraUsage.Record(native: true, LinearAlgebraCall.Lapack);
        using var w = new AlignedBuffer<double>(n);
        using var copy = AlignedBuffer<double>.Of(a);
        if (VectorsDriver == SymmetricEigenDriver.Syevr)
        {
            // DSYEVR writes vectors to a separate Z and destroys A.
            using var z = new AlignedBuffer<double>(a.Length);
            Eigen(VectorsDriver, (byte)'V', copy.Pointer, n, w.Pointer, z.Pointer);
            return (w.Span.ToArray(), z.Span.ToArray());
        }

        // DSYEVD and DSYEV overwrite A with the eigenvectors.
        Eigen(VectorsDriver, (byte)'V', copy.Pointer, n, w.Pointer, null);
        return (w.Span.ToArray(), copy.Span.ToArray());
    }

    public double[] SingularValues(ReadOnlySpan<double> a, int rows, int cols)
    {
        Guard.Matrix(a, rows, cols);
        LinearAlgebraUsage.Record(native: true, LinearAlgebraCall.Lapack);
        using var copy = AlignedBuffer<double>.Of(a);
        using var s = new AlignedBuffer<double>(Math.Min(rows, cols));
        Gesdd(copy.Pointer, rows, cols, s.Pointer);
        return s.Span.ToArray();
    }

    public double[] Multiply(ReadOnlySpan<double> a, int aRows, int aCols, bool transposeA,
                             ReadOnlySpan<double> b, int bRows, int bCols, bool transposeB)
    {
        var (m, n, k) = Guard.Product(a, aRows, aCols, transposeA, b, bRows, bCols, transposeB);
        LinearAlgebraUsage.Record(native: true, LinearAlgebraCall.Blas);
        var c = new double[(long)m * n];
        if (AlignOperands)
        {
            using AlignedBuffer<double> pa = AlignedBuffer<double>.Of(a), pb = AlignedBuffer<double>.Of(b), pc = new(c.Length);
            Dgemm(transposeA, transposeB, m, n, k, pa.Pointer, aRows, pb.Pointer, bRows, pc.Pointer);
            pc.Span.CopyTo(c);
        }
        else
        {
            fixed (double* pa = a, pb = b, pc = c)
                Dgemm(transposeA, transposeB, m, n, k, pa, aRows, pb, bRows, pc);
        }
        return c;
    }

    public double[] Gram(ReadOnlySpan<double> a, int rows, int cols)
    {
        Guard.Matrix(a, rows, cols);
        Guard.ResultSize(cols, cols);
        LinearAlgebraUsage.Record(native: true, LinearAlgebraCall.Blas);
        var c = new double[(long)cols * cols];
        if (AlignOperands)
        {
            using AlignedBuffer<double> pa = AlignedBuffer<double>.Of(a), pc = new(c.Length);
            Dsyrk(pa.Pointer, rows, cols, pc.Pointer);
            pc.Span.CopyTo(c);
        }
        else
        {
            fixed (double* pa = a, pc = c)
                Dsyrk(pa, rows, cols, pc);
        }
        for (var j = 1; j < cols; j++)
            for (var i = 0; i < j; i++)
                c[(long)j * cols + i] = c[(long)i * cols + j];
        return c;
    }

    public void MultiplyVector(ReadOnlySpan<double> a, int rows, int cols, bool transpose,
                               ReadOnlySpan<double> x, Span<double> y, double alpha = 1, double beta = 0)
    {
        Guard.MatrixVector(a.Length, rows, cols, transpose, x.Length, y.Length);
        LinearAlgebraUsage.Record(native: true, LinearAlgebraCall.Blas);
        if (AlignOperands)
        {
            using AlignedBuffer<double> pa = AlignedBuffer<double>.Of(a), px = AlignedBuffer<double>.Of(x), py = AlignedBuffer<double>.Of(y);
            Dgemv(transpose, rows, cols, pa.Pointer, px.Pointer, py.Pointer, alpha, beta);
            py.Span.CopyTo(y);
        }
        else
        {
            fixed (double* pa = a, px = x, py = y)
                Dgemv(transpose, rows, cols, pa, px, py, alpha, beta);
        }
    }

    /// <summary>DGEMM: C := op(A) op(B) (m x n), the leading dimensions being those of the stored matrices.</summary>
    private void Dgemm(bool transposeA, bool transposeB, int m, int n, int k, double* a, int lda, double* b, int ldb, double* c)
    {
        byte ta = transposeA ? (byte)'T' : (byte)'N', tb = transposeB ? (byte)'T' : (byte)'N';
        int ldc = m;
        double alpha = 1, beta = 0;
        _lib.Dgemm(&ta, &tb, &m, &n, &k, &alpha, a, &lda, b, &ldb, &beta, c, &ldc, 1, 1);
    }

    /// <summary>DSYRK with TRANS = 'T' forms AᵀA in half the flops of DGEMM but fills only the lower triangle.</summary>
    private void Dsyrk(double* a, int rows, int cols, double* c)
    {
        byte uplo = (byte)'L', trans = (byte)'T';
        int n = cols, k = rows, lda = rows, ldc = cols;
        double alpha = 1, beta = 0;
        _lib.Dsyrk(&uplo, &trans, &n, &k, &alpha, a, &lda, &beta, c, &ldc, 1, 1);
    }

    /// <summary>DGEMV: y := alpha op(A) x + beta y; with BETA = 0, Y need not be set on entry.</summary>
    internal void Dgemv(bool transpose, int rows, int cols, double* a, double* x, double* y, double alpha, double beta)
    {
        byte trans = transpose ? (byte)'T' : (byte)'N';
        int m = rows, n = cols, lda = rows, inc = 1;
        _lib.Dgemv(&trans, &m, &n, &alpha, a, &lda, x, &inc, &beta, y, &inc, 1);
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
        using (var work = new AlignedBuffer<double>(lwork))
        using (var iwork = new AlignedBuffer<int>(liwork))
            _lib.Dsyevd(&jobz, &uplo, &n, a, &lda, w, work.Pointer, &lwork, iwork.Pointer, &liwork, &info, 1, 1);
        LapackException.Check("dsyevd", info);
    }

    private void Syevr(byte jobz, double* a, int n, double* w, double* z)
    {
        byte range = (byte)'A', uplo = (byte)'L';
        int lda = n, il = 1, iu = n, m = 0, info = 0, lwork = -1, liwork = -1, iworkSize = 0;
        int ldz = jobz == (byte)'V' ? n : 1; // Z is not referenced for JOBZ = 'N' but LDZ must still be >= 1
        double vl = 0, vu = 0, abstol = 0, workSize = 0, zDummy = 0;
        if (z == null) z = &zDummy;
        using var isuppz = new AlignedBuffer<int>(2 * n);
        _lib.Dsyevr(&jobz, &range, &uplo, &n, a, &lda, &vl, &vu, &il, &iu, &abstol, &m, w, z, &ldz, isuppz.Pointer,
                    &workSize, &lwork, &iworkSize, &liwork, &info, 1, 1, 1);
        LapackException.Check("dsyevr", info);
        lwork = WorkLength(workSize, "dsyevr");
        liwork = Math.Max(1, iworkSize);
        using (var work = new AlignedBuffer<double>(lwork))
        using (var iwork = new AlignedBuffer<int>(liwork))
            _lib.Dsyevr(&jobz, &range, &uplo, &n, a, &lda, &vl, &vu, &il, &iu, &abstol, &m, w, z, &ldz, isuppz.Pointer,
                        work.Pointer, &lwork, iwork.Pointer, &liwork, &info, 1, 1, 1);
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
        using (var work = new AlignedBuffer<double>(lwork))
            _lib.Dsyev(&jobz, &uplo, &n, a, &lda, w, work.Pointer, &lwork, &info, 1, 1);
        LapackException.Check("dsyev", info);
    }

    private void Gesdd(double* a, int rows, int cols, double* s)
    {
        byte jobz = (byte)'N';
        int m = rows, n = cols, lda = rows, ldu = 1, ldvt = 1, info = 0, lwork = -1;
        double workSize = 0, uDummy = 0, vtDummy = 0;
        // IWORK is 8 min(M, N) for every JOBZ; U and VT are not referenced for JOBZ = 'N'.
        using var iwork = new AlignedBuffer<int>(8 * Math.Min(rows, cols));
        _lib.Dgesdd(&jobz, &m, &n, a, &lda, s, &uDummy, &ldu, &vtDummy, &ldvt, &workSize, &lwork, iwork.Pointer, &info, 1);
        LapackException.Check("dgesdd", info);
        lwork = WorkLength(workSize, "dgesdd");
        using (var work = new AlignedBuffer<double>(lwork))
            _lib.Dgesdd(&jobz, &m, &n, a, &lda, s, &uDummy, &ldu, &vtDummy, &ldvt, work.Pointer, &lwork, iwork.Pointer, &info, 1);
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
