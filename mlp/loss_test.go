package mlp

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestLossValues compares each loss with a hand computation.
func TestLossValues(t *testing.T) {
	yhat := mat.NewDense(2, 2, []float64{0.8, 0.2, 0.4, 0.6})
	y := mat.NewDense(2, 2, []float64{1, 0, 0, 1})
	tests := []struct {
		loss Loss
		want float64
	}{
		// (1/2N) Σ (ŷ−y)²: (0.04 + 0.04 + 0.16 + 0.16) / 4.
		{MeanSquaredError, 0.4 / 4},
		// −(1/N) Σ [y log ŷ + (1−y) log(1−ŷ)]: two terms per entry.
		{BinaryCrossEntropy, -(math.Log(0.8) + math.Log(0.8) + math.Log(0.6) + math.Log(0.6)) / 2},
		// −(1/N) Σ y log ŷ: only the true class counts.
		{CategoricalCrossEntropy, -(math.Log(0.8) + math.Log(0.6)) / 2},
	}
	for _, tt := range tests {
		t.Run(tt.loss.Name, func(t *testing.T) {
			if got := tt.loss.Value(yhat, y); math.Abs(got-tt.want) > 1e-15 {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestLossFromLogits checks that the logits form equals the probability form
// where both are exact.
func TestLossFromLogits(t *testing.T) {
	z := mat.NewDense(3, 3, []float64{0.5, -1.2, 2, -3, 0.1, 0.7, 1.5, 1.5, -0.4})
	sig, soft := mat.NewDense(3, 3, nil), mat.NewDense(3, 3, nil)
	for i := range 3 {
		Sigmoid.Apply(sig.RawRowView(i), z.RawRowView(i))
		Softmax.Apply(soft.RawRowView(i), z.RawRowView(i))
	}
	multi := mat.NewDense(3, 3, []float64{1, 0, 1, 0, 0, 1, 1, 1, 0})
	onehot := mat.NewDense(3, 3, []float64{0, 0, 1, 1, 0, 0, 0, 1, 0})
	if got, want := BinaryCrossEntropy.ValueFromLogits(z, multi), BinaryCrossEntropy.Value(sig, multi); math.Abs(got-want) > 1e-14 {
		t.Errorf("ECB from logits: got %v, want %v", got, want)
	}
	if got, want := CategoricalCrossEntropy.ValueFromLogits(z, onehot), CategoricalCrossEntropy.Value(soft, onehot); math.Abs(got-want) > 1e-14 {
		t.Errorf("ECC from logits: got %v, want %v", got, want)
	}
	wantPanic(t, "MSE from logits", func() { MeanSquaredError.ValueFromLogits(z, multi) }, "loss mse has no logits form")
}

// TestLossDeltas checks δ{L} = ∂ℓ/∂z against central differences of
// ℓ(φ(z), y) for every loss with the output activations it accepts.
func TestLossDeltas(t *testing.T) {
	const h = 1e-6
	z := []float64{0.3, -1.1, 0.8}
	cases := []struct {
		loss Loss
		out  Activation
		y    []float64
	}{
		{MeanSquaredError, Identity, []float64{0.5, -2, 1}},
		{MeanSquaredError, Sigmoid, []float64{1, 0, 0}},
		{MeanSquaredError, Tanh, []float64{0.2, 0.1, -0.9}},
		{MeanSquaredError, ReLU, []float64{1, 0, 2}},
		{BinaryCrossEntropy, Sigmoid, []float64{1, 0, 1}},
		{BinaryCrossEntropy, Sigmoid, []float64{0.3, 0.9, 0}}, // soft labels
		{CategoricalCrossEntropy, Softmax, []float64{0, 1, 0}},
	}
	for _, c := range cases {
		t.Run(c.loss.Name+"+"+c.out.Name, func(t *testing.T) {
			yhat := make([]float64, len(z))
			c.out.Apply(yhat, z)
			got := make([]float64, len(z))
			c.loss.Delta(got, z, yhat, c.y, c.out)
			ell := func(z []float64) float64 {
				a := make([]float64, len(z))
				c.out.Apply(a, z)
				return c.loss.Example(a, c.y)
			}
			for k := range z {
				zp := append([]float64(nil), z...)
				zm := append([]float64(nil), z...)
				zp[k] += h
				zm[k] -= h
				want := (ell(zp) - ell(zm)) / (2 * h)
				if math.Abs(got[k]-want) > 1e-8 {
					t.Errorf("δ[%d]: got %v, want %v", k, got[k], want)
				}
			}
		})
	}
}

// TestLossStability: logits ±1000 and targets and probabilities of exactly
// 0 and 1 give finite losses and deltas (acceptance 4).
func TestLossStability(t *testing.T) {
	finite := func(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
	for _, zv := range []float64{-1000, 1000} {
		for _, yv := range []float64{0, 1} {
			z := []float64{zv, -zv}
			y := []float64{yv, 1 - yv}
			for _, c := range []struct {
				loss Loss
				out  Activation
			}{{MeanSquaredError, Sigmoid}, {MeanSquaredError, Identity}, {BinaryCrossEntropy, Sigmoid}, {CategoricalCrossEntropy, Softmax}} {
				yhat, delta := make([]float64, 2), make([]float64, 2)
				c.out.Apply(yhat, z)
				c.loss.Delta(delta, z, yhat, y, c.out)
				l := c.loss.Example(yhat, y)
				if !finite(l) || !finite(delta[0]) || !finite(delta[1]) {
					t.Errorf("%s+%s, z=%v, y=%v: loss %v, δ %v, want finite", c.loss.Name, c.out.Name, z, y, l, delta)
				}
				if c.loss.FromLogits != nil {
					lz := c.loss.FromLogits(z, y)
					if !finite(lz) {
						t.Errorf("%s from logits z=%v, y=%v: got %v, want finite", c.loss.Name, z, y, lz)
					}
					// Right answer: loss 0; wrong answer: loss ≈ the logit gap (BCE counts both labels).
					wrong := yv == 0 && zv > 0 || yv == 1 && zv < 0
					want := 0.0
					if wrong && c.loss.Name == "bce" {
						want = 2000
					} else if wrong {
						want = 2000 // LSE(1000, −1000) − (−1000)
					}
					if math.Abs(lz-want) > 1e-9 {
						t.Errorf("%s from logits z=%v, y=%v: got %v, want %v", c.loss.Name, z, y, lz, want)
					}
				}
			}
		}
	}
	// Probabilities exactly 0 and 1 against targets 0 and 1.
	yhat := mat.NewDense(4, 1, []float64{0, 1, 0, 1})
	y := mat.NewDense(4, 1, []float64{0, 1, 1, 0})
	for _, l := range []Loss{MeanSquaredError, BinaryCrossEntropy} {
		if v := l.Value(yhat, y); !finite(v) {
			t.Errorf("%s of exact 0/1 probabilities: got %v, want finite", l.Name, v)
		}
	}
	// Right answers cost nothing, wrong ones are capped at −log(2⁻¹⁰²²) =
	// 1022 ln 2 each, the same number on every platform.
	const capped = 708.3964185322641 // 1022 ln 2, rounded to float64
	if got, want := BinaryCrossEntropy.Value(yhat, y), 2*capped/4; got != want {
		t.Errorf("ECB of exact probabilities: got %v, want %v", got, want)
	}
	p := mat.NewDense(2, 2, []float64{1, 0, 0, 1})
	oh := mat.NewDense(2, 2, []float64{1, 0, 1, 0})
	if got, want := CategoricalCrossEntropy.Value(p, oh), capped/2; got != want {
		t.Errorf("ECC of exact probabilities: got %v, want %v", got, want)
	}
}

// TestLogProbFloor: a probability below 2⁻¹⁰²² (0 or a subnormal, whose
// math.Log depends on the platform) costs exactly 1022 ln 2 in ECB and ECC;
// the floor itself costs the same (no jump), and above it the log is exact.
func TestLogProbFloor(t *testing.T) {
	const capped = 708.3964185322641 // 1022 ln 2
	for _, c := range []struct {
		p    float64
		want float64
	}{
		{0, capped},
		{math.SmallestNonzeroFloat64, capped},
		{0x1p-1030, capped},
		{math.Nextafter(0x1p-1022, 0), capped},
		{0x1p-1022, capped},
		{0x1p-1000, 1000 * math.Ln2},
		{0.5, math.Ln2},
		{1, 0},
	} {
		bce := BinaryCrossEntropy.Example([]float64{c.p}, []float64{1})
		bce0 := BinaryCrossEntropy.Example([]float64{1 - c.p}, []float64{0})
		cce := CategoricalCrossEntropy.Example([]float64{c.p, 1 - c.p}, []float64{1, 0})
		if bce != c.want || cce != c.want {
			t.Errorf("ŷ = %v for y = 1: got ECB %v, ECC %v, want %v", c.p, bce, cce, c.want)
		}
		if c.p == 0 && bce0 != c.want {
			t.Errorf("ŷ = 1 for y = 0: got ECB %v, want %v", bce0, c.want)
		}
	}
}

// TestCCETwoClassesIsBCE: softmax over (z, 0) with ECC is the sigmoid of z
// with ECB (acceptance 5, at the level of the loss).
func TestCCETwoClassesIsBCE(t *testing.T) {
	for _, z := range []float64{-20, -1, 0.25, 3} {
		for _, y := range []float64{0, 1} {
			cce := cceFromLogits([]float64{z, 0}, []float64{y, 1 - y})
			bce := bceFromLogits([]float64{z}, []float64{y})
			if math.Abs(cce-bce) > 1e-14*math.Max(1, bce) {
				t.Errorf("z=%v y=%v: ECC got %v, want ECB %v", z, y, cce, bce)
			}
		}
	}
}

func TestBinaryCrossEntropyByLabel(t *testing.T) {
	yhat := mat.NewDense(3, 2, []float64{0.9, 0.2, 0.3, 0.6, 0.5, 0.1})
	y := mat.NewDense(3, 2, []float64{1, 0, 0, 1, 1, 0})
	per := BinaryCrossEntropyByLabel(yhat, y)
	want0 := -(math.Log(0.9) + math.Log(0.7) + math.Log(0.5)) / 3
	want1 := -(math.Log(0.8) + math.Log(0.6) + math.Log(0.9)) / 3
	if math.Abs(per[0]-want0) > 1e-15 || math.Abs(per[1]-want1) > 1e-15 {
		t.Errorf("got %v, want [%v %v]", per, want0, want1)
	}
	if got, want := per[0]+per[1], BinaryCrossEntropy.Value(yhat, y); math.Abs(got-want) > 1e-15 {
		t.Errorf("sum over labels: got %v, want ECB %v", got, want)
	}
}

func TestLossByName(t *testing.T) {
	for _, name := range []string{"mse", "bce", "cce"} {
		if l := LossByName(name); l.Name != name {
			t.Errorf("LossByName(%q): got %q", name, l.Name)
		}
	}
	wantPanic(t, "LossByName(hinge)", func() { LossByName("hinge") }, `unknown loss "hinge"`)
	wantPanic(t, "Value with mismatched shapes", func() {
		MeanSquaredError.Value(mat.NewDense(2, 1, nil), mat.NewDense(3, 1, nil))
	}, "loss mse: Ŷ is 2×1 but Y is 3×1")
}
