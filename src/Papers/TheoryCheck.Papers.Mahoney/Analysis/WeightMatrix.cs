namespace TheoryCheck.Papers.Mahoney.Analysis;

/// <summary>A dense real matrix read from a file: column-major values (LAPACK's layout) with its shape.</summary>
/// <param name="Source">The file it came from (used in reports and errors).</param>
/// <param name="Rows">Number of rows as stored in the file.</param>
/// <param name="Cols">Number of columns as stored in the file.</param>
/// <param name="Values">Rows·Cols finite values, column-major.</param>
public sealed record WeightMatrix(string Source, int Rows, int Cols, double[] Values)
{
    /// <summary>Reads a <c>.npy</c> file (<see cref="NpyReader"/>) or a CSV/text file (<see cref="CsvMatrixReader"/>), by extension.</summary>
    public static WeightMatrix Load(string path)
    {
        if (!File.Exists(path)) throw new MatrixFileException(path, "file not found");
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return ext switch
        {
            ".npy" => NpyReader.Read(path),
            ".csv" or ".txt" or ".tsv" => CsvMatrixReader.Read(path),
            _ => throw new MatrixFileException(path, $"unsupported file type '{ext}': expected .npy (float32/float64, 2-D) or .csv/.txt"),
        };
    }

    /// <summary>Throws when an entry is NaN or infinite, naming the first one (row, column; 0-based as numpy prints them).</summary>
    internal static void RequireFinite(string source, int rows, double[] values)
    {
        for (var i = 0; i < values.Length; i++)
            if (!double.IsFinite(values[i]))
                throw new MatrixFileException(source,
                    $"entry [{i % rows}, {i / rows}] is {(double.IsNaN(values[i]) ? "NaN" : values[i] > 0 ? "+inf" : "-inf")}: every entry must be finite");
    }
}
