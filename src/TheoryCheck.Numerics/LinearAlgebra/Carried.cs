namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>A cached value with the linear-algebra calls that computed it (see <see cref="LinearAlgebraUsage.Carry{T}"/>).</summary>
public sealed class Carried<T>(T value, LinearAlgebraUsage usage)
{
    /// <summary>The value; reading it counts the calls that made it in the tracked usage.</summary>
    public T Value
    {
        get
        {
            LinearAlgebraUsage.Replay(usage);
            return value;
        }
    }
}
