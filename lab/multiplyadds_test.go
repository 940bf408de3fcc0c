package lab

import (
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

func TestCountMultiplyAddsProducts(t *testing.T) {
	a, b := mat.NewDense(3, 4, nil), mat.NewDense(4, 5, nil)
	var c mat.Dense
	if got := CountMultiplyAdds(func() { c.Mul(a, b) }); got != 3*4*5 {
		t.Errorf("3×4 · 4×5: got %d multiply-adds, want %d", got, 3*4*5)
	}
	var y mat.VecDense
	x := mat.NewVecDense(4, nil)
	if got := CountMultiplyAdds(func() { y.MulVec(a, x) }); got != 3*4 {
		t.Errorf("3×4 · 4: got %d multiply-adds, want %d", got, 3*4)
	}
	var o mat.Dense
	if got := CountMultiplyAdds(func() { o.Outer(1, mat.NewVecDense(3, nil), x) }); got != 3*4 {
		t.Errorf("outer 3 · 4: got %d multiply-adds, want %d", got, 3*4)
	}
	if got := CountMultiplyAdds(func() {}); got != 0 {
		t.Errorf("nothing: got %d multiply-adds, want 0", got)
	}
}

// TestCountMultiplyAddsNetwork counts a forward and a backward pass of a
// [2, 3, 1] network on 5 examples against the hand count: forward
// B·(2·3 + 3·1) = 45; backward, BP4 for both layers (45 again) and BP2 into
// the hidden layer, B·1·3 = 15.
func TestCountMultiplyAddsNetwork(t *testing.T) {
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 3, 1}, Seed: 1})
	X, Y := mat.NewDense(5, 2, nil), mat.NewDense(5, 1, nil)
	var tr *mlp.Trace
	if got := CountMultiplyAdds(func() { tr = net.Forward(X) }); got != 45 {
		t.Errorf("Forward: got %d multiply-adds, want 45", got)
	}
	if got := CountMultiplyAdds(func() { net.Backward(tr, Y) }); got != 60 {
		t.Errorf("Backward: got %d multiply-adds, want 60", got)
	}
	// Central differences: one Cost to check the inputs, then two forward
	// passes per parameter (P = 13).
	if got := CountMultiplyAdds(func() { mlp.NumericalGradients(net, X, Y, 0) }); got != (2*13+1)*45 {
		t.Errorf("NumericalGradients: got %d multiply-adds, want %d", got, (2*13+1)*45)
	}
}

func TestCountMultiplyAddsRestores(t *testing.T) {
	before := blas64.Implementation()
	func() {
		defer func() { recover() }()
		CountMultiplyAdds(func() { panic("f fails") })
	}()
	if blas64.Implementation() != before {
		t.Error("CountMultiplyAdds did not put the BLAS implementation back after a panic")
	}
}
