package lab

import "testing"

func TestEvenSamples(t *testing.T) {
	d := EvenSamples(func(x float64) float64 { return 3 * x }, 4)
	for i, x := range []float64{0.125, 0.375, 0.625, 0.875} {
		if d.X.At(i, 0) != x || d.Y.At(i, 0) != 3*x {
			t.Errorf("example %d: (%v, %v), want (%v, %v)", i, d.X.At(i, 0), d.Y.At(i, 0), x, 3*x)
		}
	}
	wantPanic(t, "EvenSamples of nil", func() { EvenSamples(nil, 3) }, "lab: ", "EvenSamples of 3 points (want ≥ 1) of a function (nil: true)")
	wantPanic(t, "EvenSamples of 0 points", func() { EvenSamples(func(float64) float64 { return 0 }, 0) }, "lab: ", "EvenSamples of 0 points")
}
