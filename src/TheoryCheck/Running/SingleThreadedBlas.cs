using TheoryCheck.Numerics.LinearAlgebra;

namespace TheoryCheck.Running;

/// <summary>
/// Keeps the native BLAS single-threaded while any run is in progress (runs may overlap, e.g. in tests), and restores
/// its thread count when the last one ends. Why: the work items already use the cores (BLAS threads on top of them
/// only contend, which is why numpy users set OMP_NUM_THREADS=1 under multiprocessing), and OpenBLAS's results change
/// in the last bits with its thread count, so the numbers would otherwise depend on --jobs and on the core count.
/// </summary>
internal static class SingleThreadedBlas
{
    private static readonly object Gate = new();
    private static int _active;
    private static int? _saved;

    public static Scope Enter()
    {
        lock (Gate)
        {
            if (_active++ == 0 && Dense.Backend is NativeBackend native && native.Threads is int threads)
            {
                _saved = threads;
                native.Threads = 1;
            }
        }
        return new Scope();
    }

    public readonly struct Scope : IDisposable
    {
        public void Dispose()
        {
            lock (Gate)
            {
                if (--_active == 0 && _saved is int threads && Dense.Backend is NativeBackend native)
                {
                    native.Threads = threads;
                    _saved = null;
                }
            }
        }
    }
}
