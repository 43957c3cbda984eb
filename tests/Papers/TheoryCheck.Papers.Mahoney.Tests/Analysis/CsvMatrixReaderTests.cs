using TheoryCheck.Papers.Mahoney.Analysis;

namespace TheoryCheck.Tests.Analysis;

public class CsvMatrixReaderTests
{
    [Fact]
    public void Comma_whitespace_and_semicolon_separated_rows_with_comments_and_a_header_are_read()
    {
        string[] lines = ["# weights of layer 3", "w0,w1,w2", "1,2,3", "", "4, 5, 6.5e0"];
        var m = CsvMatrixReader.Parse("w.csv", lines);
        (m.Rows, m.Cols).Should().Be((2, 3));
        m.Values.Should().Equal(1, 4, 2, 5, 3, 6.5);
        CsvMatrixReader.Parse("w.txt", ["1 2\t3", "4  5 6"]).Values.Should().Equal(1, 4, 2, 5, 3, 6);
        CsvMatrixReader.Parse("w.csv", ["1;2", "3;4"]).Values.Should().Equal(1, 3, 2, 4);
    }

    [Theory]
    [InlineData(new[] { "1,2,3", "4,x,6" }, 2, 2, "'x', not a number")]
    [InlineData(new[] { "1,2,3", "4,5" }, 2, 1, "row has 2 values, the first row has 3")]
    [InlineData(new[] { "1,2", "NaN,4" }, 2, 1, "must be finite")]
    [InlineData(new[] { "1,inf" }, 1, 2, "must be finite")]
    [InlineData(new[] { "# only a comment" }, 0, 0, "no data rows")]
    public void Bad_text_matrices_are_refused_naming_line_and_field(string[] lines, int line, int column, string message)
    {
        var act = () => CsvMatrixReader.Parse("w.csv", lines);
        var e = act.Should().Throw<MatrixFileException>().Which;
        (e.Line, e.Column).Should().Be((line, column));
        e.Reason.Should().Contain(message);
    }
}
