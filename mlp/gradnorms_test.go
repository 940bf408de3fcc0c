package mlp

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestBiasNorms(t *testing.T) {
	g := &Gradients{B: []*mat.VecDense{
		mat.NewVecDense(2, []float64{3, 4}),     // ‖(3, 4)‖ = 5
		mat.NewVecDense(3, []float64{1, -2, 2}), // ‖(1, −2, 2)‖ = 3
		mat.NewVecDense(1, []float64{-0.5}),
	}}
	got := g.BiasNorms()
	want := []float64{5, 3, 0.5}
	for l := range want {
		if math.Abs(got[l]-want[l]) > 1e-15 {
			t.Errorf("layer %d: got %v, want %v", l+1, got[l], want[l])
		}
	}
}

// TestBiasNormsOfBackward checks BiasNorms on a real backward pass against
// the norm of the mean of the rows of δ{l}, computed here by a plain loop.
func TestBiasNormsOfBackward(t *testing.T) {
	net := NewNetwork(Spec{Sizes: []int{3, 4, 2}, Loss: BinaryCrossEntropy, Seed: 7})
	X := mat.NewDense(2, 3, []float64{0.1, -0.4, 0.9, 1, 0.5, -0.2})
	Y := mat.NewDense(2, 2, []float64{1, 0, 0, 1})
	tr := net.Forward(X)
	g := net.Backward(tr, Y)
	got := g.BiasNorms()
	for l, delta := range g.Delta {
		rows, cols := delta.Dims()
		sum := 0.0
		for j := range cols {
			m := 0.0
			for i := range rows {
				m += delta.At(i, j) / float64(rows)
			}
			sum += m * m
		}
		if want := math.Sqrt(sum); math.Abs(got[l]-want) > 1e-15 {
			t.Errorf("layer %d: got %v, want %v", l+1, got[l], want)
		}
	}
}
