package mlp

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

var _ Predictor = (*Network)(nil)

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
		net, err := NewNetwork(tt.spec)
		if err != nil {
			t.Errorf("NewNetwork(%v): %v", tt.spec.Sizes, err)
			continue
		}
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
			a, _ := NewNetwork(Spec{Sizes: sizes, Init: init, Seed: 42})
			b, _ := NewNetwork(Spec{Sizes: sizes, Init: init, Seed: 42})
			c, _ := NewNetwork(Spec{Sizes: sizes, Init: init, Seed: 43})
			if !mat.Equal(a.Layers[0].W(), b.Layers[0].W()) || !mat.Equal(a.Layers[1].B, b.Layers[1].B) {
				t.Errorf("same seed gave different weights")
			}
			if mat.Equal(a.Layers[0].W(), c.Layers[0].W()) {
				t.Errorf("seeds 42 and 43 gave the same weights")
			}
			w := a.Layers[0].Wt.RawMatrix().Data // 120 000 draws: the sample std is within 1% of σ
			want := init.WeightStd(400, 300)
			if got := stat.StdDev(w, nil); math.Abs(got-want) > 0.01*want {
				t.Errorf("std of W{1}: got %v, want %v", got, want)
			}
			if got := stat.Mean(w, nil); math.Abs(got) > 0.01*want {
				t.Errorf("mean of W{1}: got %v, want ≈ 0", got)
			}
			b1 := a.Layers[0].B.RawVector().Data
			if got := stat.StdDev(b1, nil); math.Abs(got-init.BiasStd) > 0.15*math.Max(init.BiasStd, 0.01) {
				t.Errorf("std of b{1} (300 draws): got %v, want %v", got, init.BiasStd)
			}
		})
	}
}

func TestCloneIsIndependent(t *testing.T) {
	net, _ := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Seed: 1})
	c := net.Clone()
	c.Layers[0].Wt.Set(0, 0, 99)
	c.Layers[1].B.SetVec(0, 99)
	if net.Layers[0].Wt.At(0, 0) == 99 || net.Layers[1].B.AtVec(0) == 99 {
		t.Errorf("changing the clone changed the original")
	}
}

// TestSoftmaxTwoOutputsIsSigmoidNetwork: a softmax output over two units
// equals a sigmoid output whose weights are the difference of the two rows
// (acceptance 5): softmax(z₀, z₁)₀ = σ(z₀ − z₁); with ECC and ECB the losses
// agree too.
func TestSoftmaxTwoOutputsIsSigmoidNetwork(t *testing.T) {
	soft, _ := NewNetwork(Spec{Sizes: []int{2, 4, 2}, Hidden: Tanh, Loss: CategoricalCrossEntropy, Seed: 9})
	sig, _ := NewNetwork(Spec{Sizes: []int{2, 4, 1}, Hidden: Tanh, Loss: BinaryCrossEntropy, Seed: 9})
	sig.Layers[0] = soft.Clone().Layers[0]
	w, b := soft.Layers[1].W(), soft.Layers[1].B
	for k := range 4 {
		sig.Layers[1].Wt.Set(k, 0, w.At(0, k)-w.At(1, k))
	}
	sig.Layers[1].B.SetVec(0, b.AtVec(0)-b.AtVec(1))
	X := mat.NewDense(5, 2, []float64{0, 0, 1, -1, 3, 2, -2, 0.5, 10, -10})
	labels := []int{0, 1, 1, 0, 0}
	Y2, _ := OneHot(labels, 2)
	Y1 := mat.NewDense(5, 1, nil)
	for i, l := range labels {
		Y1.Set(i, 0, float64(1-l)) // the sigmoid's output is the probability of class 0
	}
	p2, err := soft.Predict(X)
	if err != nil {
		t.Fatal(err)
	}
	p1, _ := sig.Predict(X)
	for i := range 5 {
		if got, want := p2.At(i, 0), p1.At(i, 0); math.Abs(got-want) > 1e-14 {
			t.Errorf("example %d: softmax got %v, sigmoid %v", i, got, want)
		}
	}
	l2, _ := soft.Cost(X, Y2)
	l1, _ := sig.Cost(X, Y1)
	if math.Abs(l2-l1) > 1e-14 {
		t.Errorf("ECC got %v, ECB %v", l2, l1)
	}
}

// TestForwardByHand checks one forward pass with hand-set weights.
func TestForwardByHand(t *testing.T) {
	net, _ := NewNetwork(Spec{Sizes: []int{2, 2, 1}, Hidden: ReLU, Output: Identity})
	net.Layers[0].SetW(mat.NewDense(2, 2, []float64{1, 1, 1, -1}))
	net.Layers[0].B = mat.NewVecDense(2, []float64{0, -1})
	net.Layers[1].SetW(mat.NewDense(1, 2, []float64{2, 3}))
	net.Layers[1].B = mat.NewVecDense(1, []float64{0.5})
	tr, err := net.Forward(mat.NewDense(2, 2, []float64{1, 2, 3, 1}))
	if err != nil {
		t.Fatal(err)
	}
	// x = (1, 2): z{1} = (3, −2), a{1} = (3, 0), ŷ = 6.5; x = (3, 1): z{1} = (4, 1), a{1} = (4, 1), ŷ = 11.5.
	wantZ1 := mat.NewDense(2, 2, []float64{3, -2, 4, 1})
	wantA1 := mat.NewDense(2, 2, []float64{3, 0, 4, 1})
	wantY := mat.NewDense(2, 1, []float64{6.5, 11.5})
	if !mat.Equal(tr.Z[0], wantZ1) || !mat.Equal(tr.A[1], wantA1) || !mat.Equal(tr.Output(), wantY) {
		t.Errorf("got Z{1} %v, A{1} %v, Ŷ %v; want %v, %v, %v", mat.Formatted(tr.Z[0]), mat.Formatted(tr.A[1]),
			mat.Formatted(tr.Output()), mat.Formatted(wantZ1), mat.Formatted(wantA1), mat.Formatted(wantY))
	}
}
