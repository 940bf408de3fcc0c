package mlp

import (
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// thetaData returns n examples with d N(0,1) inputs and k real targets,
// seeded: enough to exercise θ and ∇L(θ) on any network of d inputs.
func thetaData(n, d, k int, seed uint64) *Dataset {
	rng := rand.New(rand.NewPCG(seed, seed))
	X, Y := mat.NewDense(n, d, nil), mat.NewDense(n, k, nil)
	for i := range n {
		for j := range d {
			X.Set(i, j, rng.NormFloat64())
		}
		for j := range k {
			Y.Set(i, j, rng.Float64()) // in [0, 1): targets for ECM or ECB
		}
	}
	return &Dataset{X: X, Y: Y}
}

// TestFlatOrder: a [1, 1] neuron has θ = (w, b); SetParams(Params()) is
// the identity; and Flat's ∂L/∂θⱼ is the central difference of Cost in θⱼ
// through SetParams, so Flat and Params use the same order.
func TestFlatOrder(t *testing.T) {
	one := NewNetwork(Spec{Sizes: []int{1, 1}, Output: Identity})
	one.Layers[0].SetW(mat.NewDense(1, 1, []float64{-2}))
	one.Layers[0].b.SetVec(0, 3)
	if got := one.Params(); len(got) != 2 || got[0] != -2 || got[1] != 3 {
		t.Errorf("Params of w = −2, b = 3: got %v, want [-2 3]", got)
	}
	d := thetaData(7, 2, 2, 3)
	net := NewNetwork(Spec{Sizes: []int{2, 3, 2}, Output: Sigmoid, Loss: BinaryCrossEntropy, Seed: 4})
	theta := net.Params()
	if len(theta) != net.NumParams() {
		t.Fatalf("len(Params) = %d, want %d", len(theta), net.NumParams())
	}
	grad := net.Gradient(d.X, d.Y)
	const h = 1e-6
	for j := range theta {
		at := func(v float64) float64 {
			th := append([]float64(nil), theta...)
			th[j] = v
			net.SetParams(th)
			c := net.Cost(d.X, d.Y)
			return c
		}
		cd := (at(theta[j]+h) - at(theta[j]-h)) / (2 * h)
		if math.Abs(cd-grad[j]) > 1e-8 {
			t.Errorf("∂L/∂θ%d: Flat %v, central difference %v", j, grad[j], cd)
		}
	}
	net.SetParams(theta)
	for j, v := range net.Params() {
		if v != theta[j] {
			t.Fatalf("SetParams(Params()) changed θ%d: %v → %v", j, theta[j], v)
		}
	}
}

// TestSetParamsLength: a θ of the wrong length panics with a message naming
// both lengths, and the network is left unchanged.
func TestSetParamsLength(t *testing.T) {
	net := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Seed: 1})
	before := net.Params()
	wantPanic(t, "SetParams of 3", func() { net.SetParams(make([]float64, 3)) }, "SetParams: θ has 3 values, the network [2 3 1] has 13 parameters")
	for j, v := range net.Params() {
		if v != before[j] {
			t.Fatalf("θ%d changed by a failed SetParams", j)
		}
	}
}

// TestGDLoopIsTrain: θ[t+1] = θ[t] − α∇L(θ[t]) written as a loop over
// Params, Gradient and SetParams gives Train's full-batch weights, bit for
// bit, step after step.
func TestGDLoopIsTrain(t *testing.T) {
	d := thetaData(30, 2, 1, 5)
	spec := Spec{Sizes: []int{2, 4, 1}, Output: Sigmoid, Loss: BinaryCrossEntropy, Seed: 6}
	loop := NewNetwork(spec)
	trained := NewNetwork(spec)
	const alpha, steps = 0.7, 12
	var path [][]float64
	_, err := trained.Train(d, Settings{Epochs: steps, BatchSize: FullBatch, LearningRate: alpha,
		OnStep: func(s StepInfo) error { path = append(path, s.Net.Params()); return nil }})
	if err != nil {
		t.Fatal(err)
	}
	theta := loop.Params()
	for step := range steps {
		grad := loop.Gradient(d.X, d.Y)
		for j := range theta {
			theta[j] -= alpha * grad[j]
		}
		loop.SetParams(theta)
		for j := range theta {
			if math.Float64bits(theta[j]) != math.Float64bits(path[step][j]) {
				t.Fatalf("step %d, θ%d: loop %v, Train %v", step+1, j, theta[j], path[step][j])
			}
		}
	}
}
