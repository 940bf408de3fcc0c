package lab

import (
	"errors"
	"math"
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// TestECMHessianByHand compares H with the hand formula for one input,
// [[mean x², mean x], [mean x, 1]], and with central second differences of
// the ECM computed by a network.
func TestECMHessianByHand(t *testing.T) {
	X := mat.NewDense(4, 1, []float64{1, 2, -1, 3}) // mean x = 1.25, mean x² = 3.75
	H := ECMHessian(X)
	want := mat.NewSymDense(2, []float64{3.75, 1.25, 1.25, 1})
	if !mat.EqualApprox(H, want, 1e-15) {
		t.Errorf("got H = %v, want %v", mat.Formatted(H), mat.Formatted(want))
	}

	// Second differences of ECM(w, b) on a [2, 1] linear network.
	X2 := mat.NewDense(5, 2, []float64{1, 2, 0, -1, 3, 0.5, -2, 1, 0.25, 4})
	Y := mat.NewDense(5, 1, []float64{1, -1, 2, 0, 3})
	H2 := ECMHessian(X2)
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 1}, Output: mlp.Identity, Loss: mlp.MeanSquaredError})
	theta := []float64{0.3, -0.7, 0.2} // w₁, w₂, b
	loss := func(th []float64) float64 {
		net.Layers[0].SetW(mat.NewDense(1, 2, th[:2]))
		net.Layers[0].SetB(mat.NewVecDense(1, th[2:]))
		return net.Cost(X2, Y)
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
		alpha, lambdas := DivergenceThreshold(mat.NewDense(len(c.x), 1, c.x))
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
	d := &mlp.Dataset{X: X, Y: Y}
	alpha, _ := DivergenceThreshold(d.X)
	run := func(a float64, epochs int) (*mlp.History, error) {
		net := mlp.NewNetwork(mlp.Spec{Sizes: []int{1, 1}, Output: mlp.Identity, Loss: mlp.MeanSquaredError})
		return net.Train(d, mlp.Settings{Epochs: epochs, BatchSize: mlp.FullBatch, LearningRate: a})
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
	if _, err := run(3*alpha, 2000); !errors.Is(err, mlp.ErrDiverged) {
		t.Errorf("α = 3·α_c: got error %v, want ErrDiverged", err)
	}
}

func TestDivergenceThresholdBadInput(t *testing.T) {
	// An X transposed by mistake, as MNIST's Xᵀ: d = 60 000 "inputs" (two
	// rows here, to keep the test small). Its Hessian would be
	// 60 001 × 60 001 (29 GB): refused before anything is allocated.
	transposed := mat.NewDense(2, 60000, nil)
	var none *mat.Dense
	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"NaN input", func() { DivergenceThreshold(mat.NewDense(1, 1, []float64{math.NaN()})) }, "DivergenceThreshold: X[0,0] is NaN"},
		{"empty input", func() { ECMHessian(&mat.Dense{}) }, "ECMHessian: X is empty (0×0)"},
		{"nil input", func() { ECMHessian(none) }, "ECMHessian: X is nil"},
		{"overflow", func() { ECMHessian(mat.NewDense(1, 1, []float64{1e200})) }, "H[0,0] is +Inf: (1/N) AᵀA overflows float64"},
		{"d over MaxHessianInputs", func() { ECMHessian(transposed) },
			"X is 2×60000: the Hessian of d = 60000 inputs is 60001×60001 (3.6e+09 numbers), more than lab.MaxHessianInputs = 4095"},
		{"DivergenceThreshold: d over MaxHessianInputs", func() { DivergenceThreshold(transposed) }, "more than lab.MaxHessianInputs = 4095"},
	} {
		wantPanic(t, c.name, c.call, "lab: ", c.want)
	}
}

// TestECMHessianAtTheLimit: the Hessian of d = MaxHessianInputs inputs is
// computed (a 4096×4096 matrix, 128 MiB).
func TestECMHessianAtTheLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the Hessian at the limit allocates 128 MiB")
	}
	X := mat.NewDense(2, MaxHessianInputs, nil)
	X.Set(0, 0, 2)
	H := ECMHessian(X)
	// H = (1/N) AᵀA with A = [X 1]: H[0,0] = (2² + 0²)/2 = 2, H[0,d] = (2 + 0)/2 = 1, H[d,d] = 1.
	if r, _ := H.Dims(); r != MaxHessianInputs+1 || H.At(0, 0) != 2 || H.At(0, MaxHessianInputs) != 1 || H.At(MaxHessianInputs, MaxHessianInputs) != 1 {
		t.Errorf("H is %d×%d with H[0,0] = %v, H[0,d] = %v, H[d,d] = %v, want 4096×4096, 2, 1, 1",
			r, r, H.At(0, 0), H.At(0, MaxHessianInputs), H.At(MaxHessianInputs, MaxHessianInputs))
	}
}
