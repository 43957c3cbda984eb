namespace TheoryCheck.Papers.Mahoney.Analysis;

/// <summary>A weight-matrix file that cannot be analysed: which file, where in it (1-based; 0 when unknown) and why.</summary>
public sealed class MatrixFileException(string file, string message, int line = 0, int column = 0)
    : Exception($"{file}: {message}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Reason { get; } = message;
}
