namespace TheoryCheck.Papers.MontanariUrbani;

/// <summary>What a run recorded at t_r = r·Δ, r = 0 … (records done).</summary>
internal sealed class Trajectory
{
    public Trajectory(int capacity)
    {
        Times = new double[capacity];
        TrainError = new double[capacity];
        TestError = new double[capacity];
        SecondLayerRms = new double[capacity];
        SecondLayerMean = new double[capacity];
        TeacherOverlap = new double[capacity];
    }

    public int Count { get; set; }

    /// <summary>The entries of <paramref name="values"/> at the records <paramref name="indices"/>.</summary>
    public static double[] Pick(double[] values, int[] indices) => indices.Select(i => values[i]).ToArray();

    public double[] Times { get; }
    /// <summary>e_tr(t) = R̂_n (finite-n runs); NaN for the population flow.</summary>
    public double[] TrainError { get; }
    /// <summary>e_ts(t) from the overlap identity (population risk for the population flow).</summary>
    public double[] TestError { get; }
    /// <summary>a_rms = ‖a‖/√m.</summary>
    public double[] SecondLayerRms { get; }
    public double[] SecondLayerMean { get; }
    /// <summary>v̄ = mean_i &lt;u, w_i&gt;.</summary>
    public double[] TeacherOverlap { get; }
    /// <summary>W(t_r) at every record (d × m each), when kept.</summary>
    public List<double[]>? Weights { get; init; }
    /// <summary>Largest single-step increase of the risk along the run (population flow only).</summary>
    public double MaxRiskIncrease { get; set; }
}
