using System.Runtime.InteropServices;

namespace TheoryCheck.Numerics.LinearAlgebra;

/// <summary>
/// The C library's environment (<c>getenv</c>/<c>setenv</c>), which native libraries read. On Unix .NET keeps its own
/// copy: <see cref="Environment.SetEnvironmentVariable(string, string)"/> does not reach <c>environ</c>, so a variable
/// a native library reads in its load-time constructor (OpenBLAS: <c>OPENBLAS_CORETYPE</c>) must be set here.
/// </summary>
internal static partial class NativeEnvironment
{
    /// <summary>The variable as native code sees it, or null when unset (or when there is no C library to ask).</summary>
    public static string? Get(string name)
    {
        try
        {
            return Marshal.PtrToStringUTF8(GetEnv(name));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Environment.GetEnvironmentVariable(name);
        }
    }

    /// <summary>
    /// Sets the variable for native code only; false when it could not be set. .NET's copy, which child processes
    /// inherit, is left alone: a kernel this process pinned must not look like a user's choice to a child.
    /// </summary>
    public static bool Set(string name, string value)
    {
        try
        {
            return SetEnv(name, value, 1) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr GetEnv(string name);

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
