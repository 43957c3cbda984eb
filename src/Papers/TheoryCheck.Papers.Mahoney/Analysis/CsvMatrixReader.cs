using System.Globalization;

namespace TheoryCheck.Papers.Mahoney.Analysis;

/// <summary>
/// Reads a matrix from a text file: one row per line, values separated by commas (or, when a line has no comma, by
/// semicolons, tabs or spaces); blank lines and lines starting with '#' are skipped; a first row with no number
/// at all is taken as a header and skipped. Every row must have the same number of values, each a finite number
/// in invariant culture (1.5e-3); otherwise a <see cref="MatrixFileException"/> names the line and field.
/// </summary>
internal static class CsvMatrixReader
{
    public static WeightMatrix Read(string path)
    {
        string[] lines;
        try { lines = File.ReadAllLines(path); }
        catch (IOException e) { throw new MatrixFileException(path, $"cannot read: {e.Message}"); }
        catch (UnauthorizedAccessException e) { throw new MatrixFileException(path, $"cannot read: {e.Message}"); }
        return Parse(path, lines);
    }

    /// <summary>Parses the lines of a text matrix; <paramref name="source"/> names it in errors.</summary>
    public static WeightMatrix Parse(string source, IReadOnlyList<string> lines)
    {
        var rows = new List<double[]>();
        var headerSeen = false;
        for (var l = 0; l < lines.Count; l++)
        {
            var text = lines[l].Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            var fields = Split(text);
            var parsed = new double[fields.Length];
            var numbers = 0;
            var firstBad = -1;
            for (var f = 0; f < fields.Length; f++)
            {
                if (double.TryParse(fields[f], NumberStyles.Float, CultureInfo.InvariantCulture, out parsed[f]) || NonFinite(fields[f], out parsed[f])) numbers++;
                else if (firstBad < 0) firstBad = f;
            }
            if (rows.Count == 0 && !headerSeen && numbers == 0)
            {
                headerSeen = true; // a header row of names
                continue;
            }
            if (firstBad >= 0)
                throw new MatrixFileException(source, $"field {firstBad + 1} is '{fields[firstBad]}', not a number", l + 1, firstBad + 1);
            for (var f = 0; f < parsed.Length; f++)
                if (!double.IsFinite(parsed[f]))
                    throw new MatrixFileException(source, $"field {f + 1} is {fields[f]}: every entry must be finite", l + 1, f + 1);
            if (rows.Count > 0 && parsed.Length != rows[0].Length)
                throw new MatrixFileException(source, $"row has {parsed.Length} values, the first row has {rows[0].Length}", l + 1, 1);
            rows.Add(parsed);
        }
        if (rows.Count == 0) throw new MatrixFileException(source, "no numbers: the file has no data rows");
        int r = rows.Count, c = rows[0].Length;
        var values = new double[(long)r * c];
        for (var i = 0; i < r; i++)
            for (var j = 0; j < c; j++)
                values[(long)j * r + i] = rows[i][j];
        return new WeightMatrix(source, r, c, values);
    }

    /// <summary>numpy's savetxt spellings of non-finite values (nan, inf, -inf), parsed so that they are refused as such.</summary>
    private static bool NonFinite(string field, out double value)
    {
        value = field.ToLowerInvariant() switch
        {
            "nan" or "+nan" or "-nan" => double.NaN,
            "inf" or "+inf" or "infinity" or "+infinity" => double.PositiveInfinity,
            "-inf" or "-infinity" => double.NegativeInfinity,
            _ => 0,
        };
        return !double.IsFinite(value);
    }

    private static string[] Split(string line)
    {
        char[] separators = line.Contains(',') ? [','] : line.Contains(';') ? [';'] : [' ', '\t'];
        return line.Split(separators, StringSplitOptions.TrimEntries | (separators.Length == 2 ? StringSplitOptions.RemoveEmptyEntries : 0));
    }
}
