package mlp

import (
	"errors"
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestECMHessianByHand compares H with the hand formula for one input,
// [[mean x², mean x], [mean x, 1]], and with central second differences of
// the ECM computed by a network.
func TestECMHessianByHand(t *testing.T) {
	X := mat.NewDense(4, 1, []float64{1, 2, -1, 3}) // mean x = 1.25, mean x² = 3.75
	H, err := ECMHessian(X)
	if err != nil {
		t.Fatal(err)
	}
	want := mat.NewSymDense(2, []float64{3.75, 1.25, 1.25, 1})
	if !mat.EqualApprox(H, want, 1e-15) {
		t.Errorf("got H = %v, want %v", mat.Formatted(H), mat.Formatted(want))
	}

	// Second differences of ECM(w, b) on a [2, 1] linear network.
	X2 := mat.NewDense(5, 2, []float64{1, 2, 0, -1, 3, 0.5, -2, 1, 0.25, 4})
	Y := mat.NewDense(5, 1, []float64{1, -1, 2, 0, 3})
	H2, err := ECMHessian(X2)
	if err != nil {
		t.Fatal(err)
	}
	net, err := NewNetwork(Spec{Sizes: []int{2, 1}, Output: Identity, Loss: MeanSquaredError})
	if err != nil {
		t.Fatal(err)
	}
	theta := []float64{0.3, -0.7, 0.2} // w₁, w₂, b
	loss := func(th []float64) float64 {
		net.Layers[0].SetW(mat.NewDense(1, 2, th[:2]))
		net.Layers[0].B.SetVec(0, th[2])
		c, err := net.Cost(X2, Y)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	const h = 1e-3 // the ECM is quadratic: second differences are exact up to rounding
	for i := range 3 {
		for j := range 3 {
			at := func(di, dj float64) float64 {
				th := append([]float64(nil), theta...)
				th[i] += di
				th[j] += dj
				return loss(th)
			}
			got := (at(h, h) - at(h, -h) - at(-h, h) + at(-h, -h)) / (4 * h * h)
			if math.Abs(got-H2.At(i, j)) > 1e-6 {
				t.Errorf("H[%d,%d]: second difference %v, ECMHessian %v", i, j, got, H2.At(i, j))
			}
		}
	}
}

// TestDivergenceThresholdByHand: for inputs ±1 (mean 0), H = diag(1, 1)
// with λ = 1, 1 and α_c = 2; for x ∈ {0, 2}, H = [[2, 1], [1, 1]] with
// λ = (3 ± √5)/2 and α_c = 4/(3 + √5).
func TestDivergenceThresholdByHand(t *testing.T) {
	for _, c := range []struct {
		x       []float64
		alpha   float64
		lambdas []float64
	}{
		{[]float64{1, -1}, 2, []float64{1, 1}},
		{[]float64{0, 2}, 4 / (3 + math.Sqrt(5)), []float64{(3 - math.Sqrt(5)) / 2, (3 + math.Sqrt(5)) / 2}},
	} {
		alpha, lambdas, err := DivergenceThreshold(mat.NewDense(len(c.x), 1, c.x))
		if err != nil {
			t.Fatal(err)
		}
		if math.Abs(alpha-c.alpha) > 1e-14 {
			t.Errorf("x = %v: got α_c = %v, want %v", c.x, alpha, c.alpha)
		}
		for i := range lambdas {
			if math.Abs(lambdas[i]-c.lambdas[i]) > 1e-14 {
				t.Errorf("x = %v: got λ = %v, want %v", c.x, lambdas, c.lambdas)
			}
		}
	}
}

// TestDivergenceThresholdSeparatesGD runs full-batch GD (Train) just below
// and just above α_c: below, the loss ends lower than it started; above, it
// ends higher, and far above it overflows with ErrDiverged.
func TestDivergenceThresholdSeparatesGD(t *testing.T) {
	// 50 points of y = 2x − 1 with a deterministic wiggle, x ∈ [0, 2]: the
	// inputs are not centred, so H is not diagonal.
	X, Y := mat.NewDense(50, 1, nil), mat.NewDense(50, 1, nil)
	for i := range 50 {
		x := 2 * float64(i) / 49
		X.Set(i, 0, x)
		Y.Set(i, 0, 2*x-1+0.3*math.Sin(7*x))
	}
	d := &Dataset{X: X, Y: Y}
	alpha, _, err := DivergenceThreshold(d.X)
	if err != nil {
		t.Fatal(err)
	}
	run := func(a float64, epochs int) (*History, error) {
		net, err := NewNetwork(Spec{Sizes: []int{1, 1}, Output: Identity, Loss: MeanSquaredError})
		if err != nil {
			t.Fatal(err)
		}
		return net.Train(d, Settings{Epochs: epochs, BatchSize: FullBatch, LearningRate: a})
	}
	for _, c := range []struct {
		factor float64
		grows  bool
	}{{0.98, false}, {1.02, true}} {
		h, err := run(c.factor*alpha, 1000)
		if err != nil {
			t.Fatalf("α = %v·α_c: %v", c.factor, err)
		}
		first, last := h.TrainLoss[0], h.TrainLoss[len(h.TrainLoss)-1]
		if (last > first) != c.grows {
			t.Errorf("α = %v·α_c: loss %v → %v, want growth %v", c.factor, first, last, c.grows)
		}
	}
	if _, err := run(3*alpha, 2000); !errors.Is(err, ErrDiverged) {
		t.Errorf("α = 3·α_c: got error %v, want ErrDiverged", err)
	}
}

func TestDivergenceThresholdBadInput(t *testing.T) {
	if _, _, err := DivergenceThreshold(mat.NewDense(1, 1, []float64{math.NaN()})); err == nil {
		t.Error("NaN input: got no error")
	}
	if _, err := ECMHessian(&mat.Dense{}); err == nil {
		t.Error("empty input: got no error")
	}
}
