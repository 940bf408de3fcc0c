package lab

import "testing"

func TestEvenSamples(t *testing.T) {
	d, err := EvenSamples(func(x float64) float64 { return 3 * x }, 4)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range []float64{0.125, 0.375, 0.625, 0.875} {
		if d.X.At(i, 0) != x || d.Y.At(i, 0) != 3*x {
			t.Errorf("example %d: (%v, %v), want (%v, %v)", i, d.X.At(i, 0), d.Y.At(i, 0), x, 3*x)
		}
	}
	if _, err := EvenSamples(nil, 3); err == nil {
		t.Error("EvenSamples of nil: no error")
	}
	if _, err := EvenSamples(func(float64) float64 { return 0 }, 0); err == nil {
		t.Error("EvenSamples of 0 points: no error")
	}
}
