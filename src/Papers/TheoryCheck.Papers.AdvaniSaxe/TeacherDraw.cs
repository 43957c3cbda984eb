using TheoryCheck.Numerics.Random;

namespace TheoryCheck.Papers.AdvaniSaxe;

/// <summary>
/// One seed's random draws of the student–teacher model in units of σ_w² (the toy model's set-up): teacher w̄ ~ N(0, 1),
/// initial student w(0) ~ N(0, INR), label noise ε ~ N(0, 1/SNR), drawn in that order.
/// </summary>
internal sealed record TeacherDraw(double[] Teacher, double[] Initial, double[] Noise)
{
    public static TeacherDraw Sample(int n, int p, double snr, double inr, Rng rng)
    {
        var teacher = new double[n];
        rng.FillGaussian(teacher);
        var initial = new double[n];
        rng.FillGaussian(initial, Math.Sqrt(inr));
        var noise = new double[p];
        rng.FillGaussian(noise, Math.Sqrt(1 / snr));
        return new TeacherDraw(teacher, initial, noise);
    }
}
