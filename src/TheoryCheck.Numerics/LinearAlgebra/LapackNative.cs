using System.Runtime.InteropServices;

namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// The Fortran LAPACK/BLAS entry points of one loaded system library, called through unmanaged function pointers.
/// The library is chosen at run time (OpenBLAS, or reference LAPACK + BLAS), so no static <c>DllImport</c>:
/// each symbol is looked up with <see cref="NativeLibrary.GetExport"/> in whichever handle exports it.
/// </summary>
/// <remarks>
/// Fortran calling convention (gfortran, LP64): every argument by reference, 32-bit integers, and one hidden
/// <c>size_t</c> length per CHARACTER argument appended after the others. We pass those lengths (all 1):
/// gfortran-compiled LAPACK may rely on them, and C implementations (OpenBLAS's BLAS) ignore the extras.
/// ILP64 builds (libopenblas64) use 64-bit integers and are deliberately not among the candidates.
/// </remarks>
internal sealed unsafe class LapackNative
{
    /// <summary>Candidates in order of preference: each entry is the libraries to load together.</summary>
    internal static readonly string[][] Candidates =
    [
        ["libopenblas.so.0"],
        ["libopenblas.so"],
        ["liblapack.so.3", "libblas.so.3"],
    ];

    private readonly IntPtr[] _handles;

    // DSYEVD(JOBZ, UPLO, N, A, LDA, W, WORK, LWORK, IWORK, LIWORK, INFO)
    public readonly delegate* unmanaged<byte*, byte*, int*, double*, int*, double*, double*, int*, int*, int*, int*, nuint, nuint, void> Dsyevd;

    // DSYEVR(JOBZ, RANGE, UPLO, N, A, LDA, VL, VU, IL, IU, ABSTOL, M, W, Z, LDZ, ISUPPZ, WORK, LWORK, IWORK, LIWORK, INFO)
    public readonly delegate* unmanaged<byte*, byte*, byte*, int*, double*, int*, double*, double*, int*, int*, double*, int*, double*, double*, int*, int*, double*, int*, int*, int*, int*, nuint, nuint, nuint, void> Dsyevr;

    // DSYEV(JOBZ, UPLO, N, A, LDA, W, WORK, LWORK, INFO)
    public readonly delegate* unmanaged<byte*, byte*, int*, double*, int*, double*, double*, int*, int*, nuint, nuint, void> Dsyev;

    // DGESDD(JOBZ, M, N, A, LDA, S, U, LDU, VT, LDVT, WORK, LWORK, IWORK, INFO)
    public readonly delegate* unmanaged<byte*, int*, int*, double*, int*, double*, double*, int*, double*, int*, double*, int*, int*, int*, nuint, void> Dgesdd;

    // DGEMM(TRANSA, TRANSB, M, N, K, ALPHA, A, LDA, B, LDB, BETA, C, LDC)
    public readonly delegate* unmanaged<byte*, byte*, int*, int*, int*, double*, double*, int*, double*, int*, double*, double*, int*, nuint, nuint, void> Dgemm;

    // DSYRK(UPLO, TRANS, N, K, ALPHA, A, LDA, BETA, C, LDC)
    public readonly delegate* unmanaged<byte*, byte*, int*, int*, double*, double*, int*, double*, double*, int*, nuint, nuint, void> Dsyrk;

    // DGEMV(TRANS, M, N, ALPHA, A, LDA, X, INCX, BETA, Y, INCY)
    public readonly delegate* unmanaged<byte*, int*, int*, double*, double*, int*, double*, int*, double*, double*, int*, nuint, void> Dgemv;

    // OpenBLAS only (optional): thread count, build description, kernel.
    private readonly delegate* unmanaged<int, void> _setNumThreads;
    private readonly delegate* unmanaged<int> _getNumThreads;
    private readonly delegate* unmanaged<byte*> _getConfig;
    private readonly delegate* unmanaged<byte*> _getCorename;

    /// <summary>The library names that were loaded, e.g. <c>libopenblas.so.0</c> or <c>liblapack.so.3 + libblas.so.3</c>.</summary>
    public string LibraryName { get; }

    private LapackNative(string[] names, IntPtr[] handles)
    {
        _handles = handles;
        // File names only: the name goes into golden headers, which should not carry machine-specific paths.
        LibraryName = string.Join(" + ", names.Select(Path.GetFileName));
        Dsyevd = (delegate* unmanaged<byte*, byte*, int*, double*, int*, double*, double*, int*, int*, int*, int*, nuint, nuint, void>)Required("dsyevd_");
        Dsyevr = (delegate* unmanaged<byte*, byte*, byte*, int*, double*, int*, double*, double*, int*, int*, double*, int*, double*, double*, int*, int*, double*, int*, int*, int*, int*, nuint, nuint, nuint, void>)Required("dsyevr_");
        Dsyev = (delegate* unmanaged<byte*, byte*, int*, double*, int*, double*, double*, int*, int*, nuint, nuint, void>)Required("dsyev_");
        Dgesdd = (delegate* unmanaged<byte*, int*, int*, double*, int*, double*, double*, int*, double*, int*, double*, int*, int*, int*, nuint, void>)Required("dgesdd_");
        Dgemm = (delegate* unmanaged<byte*, byte*, int*, int*, int*, double*, double*, int*, double*, int*, double*, double*, int*, nuint, nuint, void>)Required("dgemm_");
        Dsyrk = (delegate* unmanaged<byte*, byte*, int*, int*, double*, double*, int*, double*, double*, int*, nuint, nuint, void>)Required("dsyrk_");
        Dgemv = (delegate* unmanaged<byte*, int*, int*, double*, double*, int*, double*, int*, double*, double*, int*, nuint, void>)Required("dgemv_");
        _setNumThreads = (delegate* unmanaged<int, void>)Optional("openblas_set_num_threads");
        _getNumThreads = (delegate* unmanaged<int>)Optional("openblas_get_num_threads");
        _getConfig = (delegate* unmanaged<byte*>)Optional("openblas_get_config");
        _getCorename = (delegate* unmanaged<byte*>)Optional("openblas_get_corename");
    }

    /// <summary>True when the library lets us read and set its thread count (OpenBLAS).</summary>
    public bool CanSetThreads => _setNumThreads != null && _getNumThreads != null;

    /// <summary>OpenBLAS's thread count, or null for a library without that control.</summary>
    public int? Threads
    {
        get => _getNumThreads != null ? _getNumThreads() : null;
        set
        {
            if (value is not { } n) return;
            if (n < 1) throw new ArgumentOutOfRangeException(nameof(value), n, "thread count must be at least 1");
            if (_setNumThreads != null) _setNumThreads(n);
        }
    }

    /// <summary>OpenBLAS's build description (version, target core), or null.</summary>
    public string? Config => _getConfig != null ? Marshal.PtrToStringAnsi((IntPtr)_getConfig()) : null;

    /// <summary>The kernel OpenBLAS runs (e.g. <c>Haswell</c>, <c>Prescott</c>), or null for another library.</summary>
    public string? Corename => _getCorename != null ? Marshal.PtrToStringAnsi((IntPtr)_getCorename()) : null;

    /// <summary>Names one library (or several joined by <c>+</c>) to load instead of the candidates, e.g. <c>liblapack.so.3+libblas.so.3</c>.</summary>
    public const string LibraryVariable = "THEORYCHECK_NATIVE_LIBRARY";

    /// <summary>
    /// Loads the first candidate whose libraries all load and export every routine we call; when
    /// <c>THEORYCHECK_NATIVE_LIBRARY</c> is set, only the libraries it names.
    /// </summary>
    public static LapackNative? TryLoad(out string failure)
    {
        var forced = Environment.GetEnvironmentVariable(LibraryVariable);
        return string.IsNullOrWhiteSpace(forced)
            ? TryLoad(Candidates, out failure)
            : TryLoad([forced.Split('+', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], out failure);
    }

    internal static LapackNative? TryLoad(IEnumerable<string[]> candidates, out string failure)
    {
        var reasons = new List<string>();
        foreach (var names in candidates)
        {
            var handles = new List<IntPtr>();
            try
            {
                foreach (var name in names)
                {
                    if (!NativeLibrary.TryLoad(name, out var handle))
                        throw new DllNotFoundException($"{name} not found");
                    handles.Add(handle);
                }
                failure = "";
                return new LapackNative(names, handles.ToArray());
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                reasons.Add(e.Message);
                foreach (var h in handles) NativeLibrary.Free(h);
            }
        }
        failure = string.Join("; ", reasons);
        return null;
    }

    private IntPtr Required(string symbol) =>
        Optional(symbol) is var p && p != IntPtr.Zero
            ? p
            : throw new EntryPointNotFoundException($"{LibraryName} does not export {symbol}");

    private IntPtr Optional(string symbol)
    {
        foreach (var h in _handles)
            if (NativeLibrary.TryGetExport(h, symbol, out var p))
                return p;
        return IntPtr.Zero;
    }
}
