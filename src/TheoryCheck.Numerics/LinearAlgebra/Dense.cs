namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// The facade: every caller asks <see cref="Backend"/>. It is chosen once per process (native LAPACK/BLAS when the
/// system library loads, MathNet's managed code otherwise) and its name is recorded in results and golden headers.
/// </summary>
public static class Dense
{
    private static ILinearAlgebraBackend? _backend;

    public static ILinearAlgebraBackend Backend
    {
        get => _backend ??= SelectUntracked();
        set => _backend = value;
    }

    /// <summary>Selection runs a self-test through the backend: not a computation of whichever claim happened to trigger it.</summary>
    private static ILinearAlgebraBackend SelectUntracked()
    {
        using (LinearAlgebraUsage.Track(new LinearAlgebraUsage()))
            return BackendSelector.Select();
    }
}
