package lab

import (
	"math"
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// TestPermuteHiddenSameFunction: a permuted copy gives the same outputs
// (bit for bit up to the order of a sum) with different parameters, and the
// inverse permutation gives n back.
func TestPermuteHiddenSameFunction(t *testing.T) {
	n := mlp.NewNetwork(mlp.Spec{Sizes: []int{3, 4, 5, 2}, Hidden: mlp.Tanh, Seed: 3})
	X := mat.NewDense(2, 3, []float64{0.5, -1, 2, 1, 0.25, -0.75})
	perm := []int{2, 0, 4, 1, 3}
	p := PermuteHidden(n, 2, perm)
	want := n.Predict(X)
	got := p.Predict(X)
	if !mat.EqualApprox(got, want, 1e-14) {
		t.Errorf("outputs differ: got %v, want %v", mat.Formatted(got), mat.Formatted(want))
	}
	// Unit 0 of layer 2 in the copy is unit 2 of n: bias and weights by hand.
	if got, want := p.Layers[1].B().AtVec(0), n.Layers[1].B().AtVec(2); got != want {
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
	back := PermuteHidden(p, 2, inv)
	for i, v := range back.Params() {
		if v != n.Params()[i] {
			t.Fatalf("θ[%d] after the inverse permutation: got %v, want %v", i, v, n.Params()[i])
		}
	}
	// The midpoint of θ and Pθ is another network, with another loss.
	mid := Interpolate(n, p, 0.5)
	Y := mat.NewDense(2, 2, []float64{1, 0, 0, 1})
	c0 := n.Cost(X, Y)
	cm := mid.Cost(X, Y)
	if math.Abs(cm-c0) < 1e-6 {
		t.Errorf("midpoint loss %v equals the end's %v", cm, c0)
	}
}

func TestPermuteHiddenErrors(t *testing.T) {
	n := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 3, 1}})
	for _, c := range []struct {
		l    int
		perm []int
		want string
	}{
		{0, []int{0, 1}, "PermuteHidden of layer 0, want a hidden layer 1…1 (sizes [2 3 1])"},
		{2, []int{0}, "layer 2"},
		{1, []int{0, 1}, "a permutation of 2 units for hidden layer 1 of 3 units"},
		{1, []int{0, 1, 1}, "[0 1 1] is not a permutation of 0…2: perm[2] = 1 repeats"},
		{1, []int{0, 1, 3}, "perm[2] = 3 is out of range"},
	} {
		wantPanic(t, "PermuteHidden", func() { PermuteHidden(n, c.l, c.perm) }, "lab: ", c.want)
	}
	// A long permutation is shortened in the message (issue 18).
	wide := mlp.NewNetwork(mlp.Spec{Sizes: []int{1, 1 << 16, 1}, Seed: 1})
	wantPanic(t, "PermuteHidden of 65 536 zeros", func() { PermuteHidden(wide, 1, make([]int, 1<<16)) }, "lab: ",
		"[0 0 0 0 0 … 0 0 0] (65536 entries) is not a permutation of 0…65535: perm[1] = 0 repeats")
}
