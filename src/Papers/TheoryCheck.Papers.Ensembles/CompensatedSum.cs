namespace TheoryCheck.Papers.Ensembles;

/// <summary>Neumaier's compensated summation (A. Neumaier, ZAMM 54, 1974): the error stays at a few ulps of the sum whatever the number of terms.</summary>
internal struct CompensatedSum
{
    private double _sum, _compensation;

    public void Add(double x)
    {
        var t = _sum + x;
        _compensation += Math.Abs(_sum) >= Math.Abs(x) ? (_sum - t) + x : (x - t) + _sum;
        _sum = t;
    }

    public readonly double Value => _sum + _compensation;

    public static double Of(IEnumerable<double> values)
    {
        var s = new CompensatedSum();
        foreach (var v in values) s.Add(v);
        return s.Value;
    }
}
