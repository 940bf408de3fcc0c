package mlp

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestPerceptronUpdateHandComputation(t *testing.T) {
	for _, c := range []struct {
		name     string
		w        []float64
		b        float64
		x        []float64
		y, alpha float64
		wantYHat float64
		wantW    []float64
		wantB    float64
	}{
		// z = 0.5 + 1·2 − 1·3 = −0.5 → ŷ = 0; y − ŷ = 1:
		// w = (1 + 0.1·2, −1 + 0.1·3) = (1.2, −0.7), b = 0.5 + 0.1 = 0.6.
		{"false negative", []float64{1, -1}, 0.5, []float64{2, 3}, 1, 0.1, 0, []float64{1.2, -0.7}, 0.6},
		// z = 0 → ŷ = 1; y − ŷ = −1, α = 1: w = (0 − 1, 0 − 1), b = −1.
		{"false positive", []float64{0, 0}, 0, []float64{1, 1}, 0, 1, 1, []float64{-1, -1}, -1},
		// Correct prediction: nothing changes.
		{"correct", []float64{1, -1}, 0.5, []float64{2, 3}, 0, 1, 0, []float64{1, -1}, 0.5},
	} {
		t.Run(c.name, func(t *testing.T) {
			u := &ThresholdUnit{W: append([]float64(nil), c.w...), B: c.b}
			if got := u.PerceptronUpdate(c.x, c.y, c.alpha); got != c.wantYHat {
				t.Errorf("ŷ: got %v, want %v", got, c.wantYHat)
			}
			for j := range c.wantW {
				if math.Abs(u.W[j]-c.wantW[j]) > 1e-15 {
					t.Errorf("w: got %v, want %v", u.W, c.wantW)
				}
			}
			if math.Abs(u.B-c.wantB) > 1e-15 {
				t.Errorf("b: got %v, want %v", u.B, c.wantB)
			}
		})
	}
}

// TestPerceptronANDByHand follows the rule on AND from zero weights, by hand:
//
//	epoch 1: (0,0) z=0 ŷ=1 → w=(0,0) b=−1; (0,1),(1,0) right; (1,1) z=−1 ŷ=0 → w=(1,1) b=0
//	epoch 2: (0,0) z=0 → w=(1,1) b=−1; (0,1) z=0 → w=(1,0) b=−2; (1,0) right; (1,1) z=−1 → w=(2,1) b=−1
//	epoch 3: (0,1) z=0 → w=(2,0) b=−2; (1,0) z=0 → w=(1,0) b=−3; (1,1) z=−2 → w=(2,1) b=−2
//	epoch 4: (1,0) z=0 → w=(1,1) b=−3; (1,1) z=−1 → w=(2,2) b=−2
//	epoch 5: (0,1) z=0 → w=(2,1) b=−3
//	epoch 6: no error: converged with 2x₁ + x₂ − 3 = 0.
func TestPerceptronANDByHand(t *testing.T) {
	d, _ := testGate("and")
	p := TrainPerceptron(d.X, d.Y, PerceptronOptions{})
	want := []PerceptronEpoch{
		{0, 3, []float64{0, 0}, 0}, // w = 0, b = 0: z = 0, ŷ = 1 on all four rows, three wrong
		{1, 2, []float64{1, 1}, 0},
		{2, 3, []float64{2, 1}, -1},
		{3, 3, []float64{2, 1}, -2},
		{4, 2, []float64{2, 2}, -2},
		{5, 1, []float64{2, 1}, -3},
		{6, 0, []float64{2, 1}, -3},
	}
	if !p.Converged || p.Epochs() != 6 {
		t.Fatalf("got converged=%v after %d epochs, want true after 6", p.Converged, p.Epochs())
	}
	for e, h := range p.History {
		w := want[e]
		if h.Epoch != w.Epoch || h.Errors != w.Errors || h.B != w.B || h.W[0] != w.W[0] || h.W[1] != w.W[1] {
			t.Errorf("epoch %d: got %+v, want %+v", e, h, w)
		}
	}
}

func TestPerceptronConvergesOnSeparableGates(t *testing.T) {
	for _, gate := range []string{"and", "or", "nand", "nor", "not"} {
		for _, opt := range []PerceptronOptions{
			PerceptronOptions{},
			{LearningRate: 0.1, MaxEpochs: 100, InitScale: 0.5, Seed: 7},
		} {
			t.Run(gate, func(t *testing.T) {
				d, _ := testGate(gate)
				p := TrainPerceptron(d.X, d.Y, opt)
				if !p.Converged {
					t.Fatalf("%s did not converge in %d epochs (errors %v)", gate, opt.MaxEpochs, p.History[len(p.History)-1].Errors)
				}
				got := p.Predict(d.X)
				if !mat.Equal(got, d.Y) {
					t.Errorf("Predict: got %v, want %v", mat.Formatted(got.T()), mat.Formatted(d.Y.T()))
				}
				last := p.History[len(p.History)-1]
				if last.Errors != 0 || last.B != p.B || last.W[0] != p.W[0] {
					t.Errorf("last history entry %+v does not match the unit (%v, %v)", last, p.W, p.B)
				}
			})
		}
	}
}

func TestPerceptronXORStopsAtCap(t *testing.T) {
	d, _ := testGate("xor")
	for _, cap := range []int{1, 50, 1000} {
		p := TrainPerceptron(d.X, d.Y, PerceptronOptions{LearningRate: 1, MaxEpochs: cap})
		if p.Converged || p.Epochs() != cap || len(p.History) != cap+1 {
			t.Errorf("cap %d: got converged=%v after %d epochs, want false after %d", cap, p.Converged, p.Epochs(), cap)
		}
		// No line separates XOR: every epoch makes at least one error.
		for _, h := range p.History[1:] {
			if h.Errors == 0 {
				t.Errorf("cap %d: epoch %d has no error on XOR", cap, h.Epoch)
			}
		}
	}
}

// With zero initial weights, α only scales w and b (every update is α times
// the α = 1 update), so the predictions and the epochs are the same.
func TestPerceptronLearningRateScalesZeroStart(t *testing.T) {
	d, _ := testGate("or")
	ref := TrainPerceptron(d.X, d.Y, PerceptronOptions{LearningRate: 1, MaxEpochs: 100})
	p := TrainPerceptron(d.X, d.Y, PerceptronOptions{LearningRate: 0.25, MaxEpochs: 100})
	if p.Epochs() != ref.Epochs() {
		t.Fatalf("epochs: got %d, want %d", p.Epochs(), ref.Epochs())
	}
	for e := range p.History {
		if p.History[e].B != 0.25*ref.History[e].B || p.History[e].W[1] != 0.25*ref.History[e].W[1] {
			t.Errorf("epoch %d: got %+v, want 0.25 × %+v", e, p.History[e], ref.History[e])
		}
	}
}

func TestPerceptronSeededInit(t *testing.T) {
	d, _ := testGate("and")
	opt := PerceptronOptions{LearningRate: 1, MaxEpochs: 1, InitScale: 0.01, Seed: 3}
	a := TrainPerceptron(d.X, d.Y, opt)
	b := TrainPerceptron(d.X, d.Y, opt)
	opt.Seed = 4
	c := TrainPerceptron(d.X, d.Y, opt)
	s0a, s0b, s0c := a.History[0], b.History[0], c.History[0]
	if s0a.W[0] != s0b.W[0] || s0a.B != s0b.B {
		t.Errorf("same seed: got %+v and %+v", s0a, s0b)
	}
	if s0a.W[0] == s0c.W[0] {
		t.Errorf("different seeds gave the same initial weight %v", s0a.W[0])
	}
	for _, v := range append(s0a.W, s0a.B) {
		if v == 0 || math.Abs(v) > 0.01 {
			t.Errorf("initial weight %v, want in [−0.01, 0.01] and not 0", v)
		}
	}
}
