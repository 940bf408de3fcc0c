package mlp

import (
	"slices"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestParamsOrder: θ = (W{1} row by row, b{1}, W{2}, b{2}) on a hand-set net.
func TestParamsOrder(t *testing.T) {
	n := NewNetwork(Spec{Sizes: []int{2, 2, 1}})
	n.Layers[0].SetW(mat.NewDense(2, 2, []float64{1, 2, 3, 4}))
	n.Layers[0].b = mat.NewVecDense(2, []float64{5, 6})
	n.Layers[1].SetW(mat.NewDense(1, 2, []float64{7, 8}))
	n.Layers[1].b = mat.NewVecDense(1, []float64{9})
	want := []float64{1, 2, 3, 4, 5, 6, 7, 8, 9}
	if got := n.Params(); !slices.Equal(got, want) {
		t.Errorf("Params: got %v, want %v", got, want)
	}
	c := NewNetwork(Spec{Sizes: []int{2, 2, 1}, Seed: 7})
	c.SetParams(want)
	if got := c.Params(); !slices.Equal(got, want) {
		t.Errorf("Params after SetParams: got %v, want %v", got, want)
	}
	if got := c.Layers[0].W().At(1, 0); got != 3 {
		t.Errorf("W{1}[1,0] after SetParams: got %v, want 3", got)
	}
	wantPanic(t, "SetParams with 8 values for 9 parameters", func() { c.SetParams(want[:8]) }, "θ has 8 values")
}
