package lab

import (
	"math"
	"testing"

	"gomlp.dev/data"
	"gomlp.dev/mlp"
)

func TestInitialLoss(t *testing.T) {
	d := data.Blobs(60, 3, 0.5, 1)
	spec := mlp.Spec{Sizes: []int{2, 3}, Output: mlp.Softmax, Loss: mlp.CategoricalCrossEntropy}
	xs, s := InitialLoss(spec, d, 4)
	for i, x := range xs { // each against a network built and evaluated here
		spec.Seed = uint64(i + 1)
		net := mlp.NewNetwork(spec)
		want := net.Cost(d.X, d.Y)
		if x != want {
			t.Errorf("seed %d: InitialLoss %v, Cost of the same start %v", i+1, x, want)
		}
	}
	if s.N != 4 {
		t.Errorf("summary over %d seeds, want 4", s.N)
	}
	// Tiny weights and zero biases: logits ≈ 0, softmax ≈ 1/3, loss ≈ log 3.
	spec.Init = WeightScale(1e-6)
	_, s = InitialLoss(spec, d, 5)
	if math.Abs(s.Min-math.Log(3)) > 1e-5 || math.Abs(s.Max-math.Log(3)) > 1e-5 {
		t.Errorf("WeightScale(1e-6): initial loss %+v; want log 3 = %v", s, math.Log(3))
	}
	wantPanic(t, "nil data", func() { InitialLoss(spec, nil, 3) }, "lab: ", "InitialLoss on a nil data set")
}

func TestWeightScale(t *testing.T) {
	init := WeightScale(0.01)
	if init.WeightStd(784, 30) != 0.01 || init.BiasStd != 0 {
		t.Errorf("WeightScale(0.01): std %v, bias std %v; want 0.01 and 0", init.WeightStd(784, 30), init.BiasStd)
	}
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{400, 50}, Init: init, Seed: 1})
	w := net.Layers[0].W()
	r, c := w.Dims()
	sum := 0.0
	for i := range r {
		for j := range c {
			sum += w.At(i, j) * w.At(i, j)
		}
	}
	// 20 000 draws: the sample standard deviation is 0.01 within 2 %.
	if std := math.Sqrt(sum / float64(r*c)); math.Abs(std-0.01) > 2e-4 {
		t.Errorf("sample std of the weights %v, want 0.01", std)
	}
	for k := range 50 {
		if b := net.Layers[0].B().AtVec(k); b != 0 {
			t.Fatalf("bias %d = %v, want 0", k, b)
		}
	}
}
