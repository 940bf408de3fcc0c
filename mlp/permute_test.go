package mlp

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestPermuteHiddenSameFunction: a permuted copy gives the same outputs
// (bit for bit up to the order of a sum) with different parameters, and the
// inverse permutation gives n back.
func TestPermuteHiddenSameFunction(t *testing.T) {
	n, err := NewNetwork(Spec{Sizes: []int{3, 4, 5, 2}, Hidden: Tanh, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	X := mat.NewDense(2, 3, []float64{0.5, -1, 2, 1, 0.25, -0.75})
	perm := []int{2, 0, 4, 1, 3}
	p, err := PermuteHidden(n, 2, perm)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := n.Predict(X)
	got, _ := p.Predict(X)
	if !mat.EqualApprox(got, want, 1e-14) {
		t.Errorf("outputs differ: got %v, want %v", mat.Formatted(got), mat.Formatted(want))
	}
	// Unit 0 of layer 2 in the copy is unit 2 of n: bias and weights by hand.
	if got, want := p.Layers[1].B.AtVec(0), n.Layers[1].B.AtVec(2); got != want {
		t.Errorf("b{2}[0]: got %v, want %v", got, want)
	}
	if got, want := p.Layers[1].W().At(0, 1), n.Layers[1].W().At(2, 1); got != want {
		t.Errorf("W{2}[0,1]: got %v, want %v", got, want)
	}
	if got, want := p.Layers[2].W().At(1, 0), n.Layers[2].W().At(1, 2); got != want {
		t.Errorf("W{3}[1,0]: got %v, want %v", got, want)
	}
	same := true
	for i, v := range p.Params() {
		same = same && v == n.Params()[i]
	}
	if same {
		t.Error("the permuted network has the same parameters")
	}
	inv := make([]int, len(perm))
	for j, q := range perm {
		inv[q] = j
	}
	back, err := PermuteHidden(p, 2, inv)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range back.Params() {
		if v != n.Params()[i] {
			t.Fatalf("θ[%d] after the inverse permutation: got %v, want %v", i, v, n.Params()[i])
		}
	}
	// The midpoint of θ and Pθ is another network, with another loss.
	mid, _ := Interpolate(n, p, 0.5)
	Y := mat.NewDense(2, 2, []float64{1, 0, 0, 1})
	c0, _ := n.Cost(X, Y)
	cm, _ := mid.Cost(X, Y)
	if math.Abs(cm-c0) < 1e-6 {
		t.Errorf("midpoint loss %v equals the end's %v", cm, c0)
	}
}

func TestPermuteHiddenErrors(t *testing.T) {
	n, _ := NewNetwork(Spec{Sizes: []int{2, 3, 1}})
	for _, c := range []struct {
		l    int
		perm []int
	}{{0, []int{0, 1}}, {2, []int{0}}, {1, []int{0, 1}}, {1, []int{0, 1, 1}}, {1, []int{0, 1, 3}}} {
		if _, err := PermuteHidden(n, c.l, c.perm); err == nil {
			t.Errorf("PermuteHidden(l = %d, %v): no error", c.l, c.perm)
		}
	}
}
