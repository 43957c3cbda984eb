namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// Chooses the backend: native LAPACK/BLAS when the system library loads and passes a tiny self-test,
/// else MathNet's managed code. <c>THEORYCHECK_BACKEND=managed|native|auto</c> forces a choice; a forced
/// native backend that is missing falls back to managed with a warning in <see cref="LastWarning"/>.
/// The library never writes to the console: the CLI logs <see cref="LastWarning"/>.
/// </summary>
public static partial class BackendSelector
{
    /// <summary>The environment variable that forces a backend.</summary>
    public const string EnvironmentVariable = "THEORYCHECK_BACKEND";

    /// <summary>The warning of the latest <see cref="Select()"/> (fallback, unknown request), or null when it had none.</summary>
    public static string? LastWarning { get; private set; }

    /// <summary>Selects as <c>THEORYCHECK_BACKEND</c> asks (auto when unset).</summary>
    public static ILinearAlgebraBackend Select() => Select(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>Selects for a request <c>managed</c>, <c>native</c> or <c>auto</c> (null or empty means auto; case-insensitive).</summary>
    public static ILinearAlgebraBackend Select(string? request)
    {
        var (backend, warning) = Choose(request);
        LastWarning = warning;
        return backend;
    }

    internal static (ILinearAlgebraBackend Backend, string? Warning) Choose(string? request) =>
        Choose(request, () => (NativeBackend.TryCreate(out var failure), failure));

    /// <param name="request">As for <see cref="Select(string?)"/>.</param>
    /// <param name="loadNative">Creates the native backend or says why not (replaceable in tests).</param>
    internal static (ILinearAlgebraBackend Backend, string? Warning) Choose(string? request, Func<(NativeBackend? Backend, string Failure)> loadNative)
    {
        var mode = request?.Trim().ToLowerInvariant();
        string? warning = null;
        switch (mode)
        {
            case "managed":
                return (new ManagedBackend(), null);
            case null or "" or "auto" or "native":
                break;
            default:
                warning = $"{EnvironmentVariable}={request} is not one of managed, native, auto; using auto";
                mode = "auto";
                break;
        }

        var (native, loadFailure) = loadNative();
        string? failure = null;
        if (native is null) failure = $"no LAPACK/BLAS library could be loaded ({loadFailure})";
        else if (!native.SelfTest(out var selfTestFailure)) failure = selfTestFailure;
        if (failure is null) return (native!, warning);

        // In auto mode a missing library is expected (the managed fallback exists for it); a library that
        // loads but fails its self-test, or a native backend asked for by name, deserves a warning.
        var fallback = new ManagedBackend();
        if (mode == "native")
            return (fallback, $"{EnvironmentVariable}=native requested but {failure}; falling back to {fallback.Name}");
        if (native is not null)
            return (fallback, Join(warning, $"native backend rejected: {failure}; using {fallback.Name}"));
        return (fallback, warning);
    }

    private static string Join(string? first, string second) => first is null ? second : $"{first}; {second}";
}
