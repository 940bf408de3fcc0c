package lab

import (
	"math"
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// TestTowerGrid checks the construction where its value is known by hand:
// at a cell's centre every step is ≈ 0 or ≈ 1, so exactly one tower is on
// and the output is g at that centre; the sizes are [2, 2(n+1), n², 1].
func TestTowerGrid(t *testing.T) {
	g := func(x1, x2 float64) float64 { return x1 + 2*x2*x2 }
	const n = 4
	net := TowerGrid(g, n, 100*n, 50)
	want := []int{2, 10, 16, 1}
	for i, s := range want {
		if net.Sizes[i] != s {
			t.Fatalf("sizes %v, want %v", net.Sizes, want)
		}
	}
	for i := range n {
		for j := range n {
			x1, x2 := (float64(i)+0.5)/n, (float64(j)+0.5)/n
			y := net.Predict(mat.NewDense(1, 2, []float64{x1, x2}))
			if got := y.At(0, 0); math.Abs(got-g(x1, x2)) > 1e-6 {
				t.Errorf("at the centre (%v, %v): %v, want g = %v", x1, x2, got, g(x1, x2))
			}
		}
	}
	// The corners of the square lie inside the outer towers.
	y := net.Predict(mat.NewDense(1, 2, []float64{0, 1}))
	if got, want := y.At(0, 0), g(0.5/n, 1-0.5/n); math.Abs(got-want) > 1e-6 {
		t.Errorf("at (0, 1): %v, want the corner cell's height %v", got, want)
	}
	wantPanic(t, "TowerGrid with n = 0", func() { TowerGrid(g, 0, 1, 1) }, "lab: ", "TowerGrid(n = 0, w = 1, v = 1)")
	wantPanic(t, "TowerGrid with w = NaN", func() { TowerGrid(g, 2, math.NaN(), 1) }, "lab: ", "TowerGrid(n = 2, w = NaN")
}

func TestSquareErrors(t *testing.T) {
	// A constant network against a constant: no error; against x₁: the mean
	// of |c − x₁| over the grid, by hand.
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 1}, Output: mlp.Identity})
	net.Layers[0].SetW(mat.NewDense(1, 2, []float64{0, 0}))
	net.Layers[0].SetB(mat.NewVecDense(1, []float64{0.5}))
	mean, largest := SquareErrors(net, func(x1, x2 float64) float64 { return 0.5 }, 3)
	if mean != 0 || largest != 0 {
		t.Errorf("constant: %v %v", mean, largest)
	}
	mean, largest = SquareErrors(net, func(x1, x2 float64) float64 { return x1 }, 2)
	// x₁ ∈ {0.25, 0.75}: |0.5 − x₁| = 0.25 everywhere.
	if math.Abs(mean-0.25) > 1e-15 || math.Abs(largest-0.25) > 1e-15 {
		t.Errorf("x₁ on a 2×2 grid: mean %v, largest %v, want 0.25, 0.25", mean, largest)
	}
}
