using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Tests.Numerics.LinearAlgebra;

/// <summary>A theory that is skipped, not failed, when no system LAPACK/BLAS library loads.</summary>
public sealed class NativeTheoryAttribute : TheoryAttribute
{
    public NativeTheoryAttribute()
    {
        if (!NativeBackend.IsAvailable)
            Skip = $"no native LAPACK/BLAS library: {NativeBackend.LoadFailure}";
    }
}
