package mlp

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

// predictor is the method plots.Predictor asks for: every model of mlp has it.
type predictor interface{ Predict(X mat.Matrix) *mat.Dense }

var _ predictor = (*Network)(nil)

func TestNewNetworkDefaults(t *testing.T) {
	tests := []struct {
		spec    Spec
		acts    string
		loss    string
		nParams int
	}{
		{Spec{Sizes: []int{2, 4, 1}}, "sigmoid/identity", "mse", 4*3 + 1*5},
		{Spec{Sizes: []int{784, 30, 10}, Output: Sigmoid}, "sigmoid/sigmoid", "mse", 30*785 + 10*31},
		{Spec{Sizes: []int{2, 3, 3, 1}, Hidden: Tanh, Loss: BinaryCrossEntropy}, "tanh/tanh/sigmoid", "bce", 3*3 + 3*4 + 1*4},
		{Spec{Sizes: []int{4, 5, 3}, Hidden: ReLU, Loss: CategoricalCrossEntropy}, "relu/softmax", "cce", 5*5 + 3*6},
		{Spec{Sizes: []int{1, 8, 8, 1}, Activations: []Activation{Tanh, ReLU, Identity}}, "tanh/relu/identity", "mse", 8*2 + 8*9 + 9},
		{Spec{Sizes: []int{3, 2}}, "identity", "mse", 8},
	}
	for _, tt := range tests {
		net := NewNetwork(tt.spec)
		s := net.String()
		if !strings.Contains(s, tt.acts+", loss "+tt.loss) || net.NumParams() != tt.nParams {
			t.Errorf("NewNetwork(%v): got %q with %d parameters, want activations %s, loss %s, %d parameters",
				tt.spec.Sizes, s, net.NumParams(), tt.acts, tt.loss, tt.nParams)
		}
	}
}

// TestInitializers: same seed, same weights; other seed, other weights; the
// sample standard deviations are those of the formulas.
func TestInitializers(t *testing.T) {
	sizes := []int{400, 300, 10}
	for _, init := range []Initializer{InitNormal, InitNielsen, InitGlorot, InitHe} {
		t.Run(init.Name, func(t *testing.T) {
			a := NewNetwork(Spec{Sizes: sizes, Init: init, Seed: 42})
			b := NewNetwork(Spec{Sizes: sizes, Init: init, Seed: 42})
			c := NewNetwork(Spec{Sizes: sizes, Init: init, Seed: 43})
			if !mat.Equal(a.Layers[0].W(), b.Layers[0].W()) || !mat.Equal(a.Layers[1].b, b.Layers[1].b) {
				t.Errorf("same seed gave different weights")
			}
			if mat.Equal(a.Layers[0].W(), c.Layers[0].W()) {
				t.Errorf("seeds 42 and 43 gave the same weights")
			}
			w := a.Layers[0].wt.RawMatrix().Data // 120 000 draws: the sample std is within 1% of σ
			want := init.WeightStd(400, 300)
			if got := stat.StdDev(w, nil); math.Abs(got-want) > 0.01*want {
				t.Errorf("std of W{1}: got %v, want %v", got, want)
			}
			if got := stat.Mean(w, nil); math.Abs(got) > 0.01*want {
				t.Errorf("mean of W{1}: got %v, want ≈ 0", got)
			}
			b1 := a.Layers[0].b.RawVector().Data
			if got := stat.StdDev(b1, nil); math.Abs(got-init.BiasStd) > 0.15*math.Max(init.BiasStd, 0.01) {
				t.Errorf("std of b{1} (300 draws): got %v, want %v", got, init.BiasStd)
			}
		})
	}
}

func TestCloneIsIndependent(t *testing.T) {
	net := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Seed: 1})
	c := net.Clone()
	c.Layers[0].SetW(mat.NewDense(3, 2, []float64{99, 99, 99, 99, 99, 99}))
	c.Layers[1].SetB(mat.NewVecDense(1, []float64{99}))
	if net.Layers[0].W().At(0, 0) == 99 || net.Layers[1].B().AtVec(0) == 99 {
		t.Errorf("changing the clone changed the original")
	}
}

// TestLayerAccessors: W and B read W{l} (n_l × n_{l-1}) and b{l} as the
// slides write them, as copies; SetW and SetB write them, and panic with an
// mlp: message naming the shapes on a wrong shape, a nil or a NaN.
func TestLayerAccessors(t *testing.T) {
	net := NewNetwork(Spec{Sizes: []int{3, 2, 1}, Seed: 1})
	layer := net.Layers[0]
	W := mat.NewDense(2, 3, []float64{1, 2, 3, 4, 5, 6})
	layer.SetW(W)
	layer.SetB(mat.NewVecDense(2, []float64{-1, -2}))
	if got := layer.W(); !mat.Equal(got, W) {
		t.Errorf("W() = %v, want %v", mat.Formatted(got), mat.Formatted(W))
	}
	// W{1}[j, k] is the weight from input k to unit j: z = W x + b, checked
	// against Predict's forward pass on x = (1, 0, 0), (0, 1, 0).
	tr := net.Forward(mat.NewDense(2, 3, []float64{1, 0, 0, 0, 1, 0}))
	if got, want := tr.Z[0].At(0, 1), 4.0-2; got != want {
		t.Errorf("z{1}₂ for x = e₁: got %v, want W[1,0] + b[1] = %v", got, want)
	}
	if got, want := tr.Z[0].At(1, 0), 2.0-1; got != want {
		t.Errorf("z{1}₁ for x = e₂: got %v, want W[0,1] + b[0] = %v", got, want)
	}
	// The copies are copies.
	layer.W().Set(0, 0, 99)
	layer.B().SetVec(0, 99)
	if layer.W().At(0, 0) != 1 || layer.B().AtVec(0) != -1 {
		t.Error("changing the copies of W() or B() changed the layer")
	}
	wantPanic(t, "SetW of the transpose", func() { layer.SetW(W.T()) }, "SetW: W is 3×2, the layer's W{l} is 2×3")
	wantPanic(t, "SetW of nil", func() { layer.SetW(nil) }, "SetW: W is nil")
	wantPanic(t, "SetW of a NaN", func() { layer.SetW(mat.NewDense(2, 3, []float64{0, 0, 0, 0, math.NaN(), 0})) }, "SetW: W[1,1] is NaN")
	wantPanic(t, "SetB of 3", func() { layer.SetB(mat.NewVecDense(3, nil)) }, "SetB: b has 3 numbers, the layer has n_l = 2 units")
	wantPanic(t, "SetB of +Inf", func() { layer.SetB(mat.NewVecDense(2, []float64{0, math.Inf(1)})) }, "SetB: b[1] is +Inf")
	wantPanic(t, "SetB of nil", func() { layer.SetB(nil) }, "SetB: b is nil")
	var bare Layer
	wantPanic(t, "W of a layer made by hand", func() { bare.W() }, "make networks with NewNetwork or Load")
}

// TestSoftmaxTwoOutputsIsSigmoidNetwork: a softmax output over two units
// equals a sigmoid output whose weights are the difference of the two rows
// (acceptance 5): softmax(z₀, z₁)₀ = σ(z₀ − z₁); with ECC and ECB the losses
// agree too.
func TestSoftmaxTwoOutputsIsSigmoidNetwork(t *testing.T) {
	soft := NewNetwork(Spec{Sizes: []int{2, 4, 2}, Hidden: Tanh, Loss: CategoricalCrossEntropy, Seed: 9})
	sig := NewNetwork(Spec{Sizes: []int{2, 4, 1}, Hidden: Tanh, Loss: BinaryCrossEntropy, Seed: 9})
	sig.Layers[0] = soft.Clone().Layers[0]
	w, b := soft.Layers[1].W(), soft.Layers[1].B()
	diff := mat.NewDense(1, 4, nil)
	for k := range 4 {
		diff.Set(0, k, w.At(0, k)-w.At(1, k))
	}
	sig.Layers[1].SetW(diff)
	sig.Layers[1].SetB(mat.NewVecDense(1, []float64{b.AtVec(0) - b.AtVec(1)}))
	X := mat.NewDense(5, 2, []float64{0, 0, 1, -1, 3, 2, -2, 0.5, 10, -10})
	labels := []int{0, 1, 1, 0, 0}
	Y2 := OneHot(labels, 2)
	Y1 := mat.NewDense(5, 1, nil)
	for i, l := range labels {
		Y1.Set(i, 0, float64(1-l)) // the sigmoid's output is the probability of class 0
	}
	p2 := soft.Predict(X)
	p1 := sig.Predict(X)
	for i := range 5 {
		if got, want := p2.At(i, 0), p1.At(i, 0); math.Abs(got-want) > 1e-14 {
			t.Errorf("example %d: softmax got %v, sigmoid %v", i, got, want)
		}
	}
	l2 := soft.Cost(X, Y2)
	l1 := sig.Cost(X, Y1)
	if math.Abs(l2-l1) > 1e-14 {
		t.Errorf("ECC got %v, ECB %v", l2, l1)
	}
}

// TestForwardByHand checks one forward pass with hand-set weights.
func TestForwardByHand(t *testing.T) {
	net := NewNetwork(Spec{Sizes: []int{2, 2, 1}, Hidden: ReLU, Output: Identity})
	net.Layers[0].SetW(mat.NewDense(2, 2, []float64{1, 1, 1, -1}))
	net.Layers[0].SetB(mat.NewVecDense(2, []float64{0, -1}))
	net.Layers[1].SetW(mat.NewDense(1, 2, []float64{2, 3}))
	net.Layers[1].SetB(mat.NewVecDense(1, []float64{0.5}))
	tr := net.Forward(mat.NewDense(2, 2, []float64{1, 2, 3, 1}))
	// x = (1, 2): z{1} = (3, −2), a{1} = (3, 0), ŷ = 6.5; x = (3, 1): z{1} = (4, 1), a{1} = (4, 1), ŷ = 11.5.
	wantZ1 := mat.NewDense(2, 2, []float64{3, -2, 4, 1})
	wantA1 := mat.NewDense(2, 2, []float64{3, 0, 4, 1})
	wantY := mat.NewDense(2, 1, []float64{6.5, 11.5})
	if !mat.Equal(tr.Z[0], wantZ1) || !mat.Equal(tr.A[1], wantA1) || !mat.Equal(tr.Output(), wantY) {
		t.Errorf("got Z{1} %v, A{1} %v, Ŷ %v; want %v, %v, %v", mat.Formatted(tr.Z[0]), mat.Formatted(tr.A[1]),
			mat.Formatted(tr.Output()), mat.Formatted(wantZ1), mat.Formatted(wantA1), mat.Formatted(wantY))
	}
}
