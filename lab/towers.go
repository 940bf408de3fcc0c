package lab

import (
	"math"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// TowerGrid returns the network [2, 2(n+1), n², 1] that draws g on the
// square [0, 1]² with n×n towers, after Nielsen's visual proof (chapter 4):
//
//   - hidden layer 1, steps along each input: σ(w(x₁ − sᵢ)) and σ(w(x₂ − sᵢ))
//     for i = 0 … n, at sᵢ = i/n, the two outer ones moved out of the square
//     (s₀ = −1/n, sₙ = 1 + 1/n) so that its edges lie inside the outer towers;
//   - hidden layer 2, one unit per cell (i, j), a tower ≈ 1 over the cell
//     [sᵢ, sᵢ₊₁]×[sⱼ, sⱼ₊₁] and ≈ 0 elsewhere:
//     σ(v(x₁-stepᵢ − x₁-stepᵢ₊₁ + x₂-stepⱼ − x₂-stepⱼ₊₁ − 1.5));
//   - a linear output: Σᵢⱼ g(the cell's centre) · tower(i, j).
//
// The tower layer has n² units; in d inputs it would have nᵈ. It panics if
// g is nil, n < 1, w or v is not a finite number > 0, a g value is not
// finite, or the network is past mlp's limits (n² units, n ≤ 1024).
func TowerGrid(g func(x1, x2 float64) float64, n int, w, v float64) *mlp.Network {
	if g == nil || n < 1 || !(w > 0) || !(v > 0) || math.IsInf(w, 0) || math.IsInf(v, 0) {
		panicf("TowerGrid(n = %d, w = %v, v = %v) of a function (nil: %v): want n ≥ 1, finite w, v > 0 and a function", n, w, v, g == nil)
	}
	if n > 1<<10 {
		panicf("TowerGrid: n = %d gives n² = %.3g towers, want n ≤ 1024", n, float64(n)*float64(n))
	}
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 2 * (n + 1), n * n, 1},
		Hidden: mlp.Sigmoid, Output: mlp.Identity})
	s := func(i int) float64 { // the step places
		switch i {
		case 0:
			return -1 / float64(n)
		case n:
			return 1 + 1/float64(n)
		}
		return float64(i) / float64(n)
	}
	steps, b1 := mat.NewDense(2*(n+1), 2, nil), mat.NewVecDense(2*(n+1), nil)
	for i := 0; i <= n; i++ {
		steps.Set(i, 0, w) // unit i: a step along x₁
		b1.SetVec(i, -w*s(i))
		steps.Set(n+1+i, 1, w) // unit n+1+i: a step along x₂
		b1.SetVec(n+1+i, -w*s(i))
	}
	towers, b2, out := mat.NewDense(n*n, 2*(n+1), nil), mat.NewVecDense(n*n, nil), mat.NewDense(1, n*n, nil)
	for i := range n {
		for j := range n {
			k := i*n + j
			towers.Set(k, i, v)
			towers.Set(k, i+1, -v)
			towers.Set(k, n+1+j, v)
			towers.Set(k, n+2+j, -v)
			b2.SetVec(k, -1.5*v)
			out.Set(0, k, g((float64(i)+0.5)/float64(n), (float64(j)+0.5)/float64(n)))
		}
	}
	net.Layers[0].SetW(steps)
	net.Layers[0].SetB(b1)
	net.Layers[1].SetW(towers)
	net.Layers[1].SetB(b2)
	net.Layers[2].SetW(out)
	net.Layers[2].SetB(mat.NewVecDense(1, nil))
	return net
}

// SquareErrors returns the mean and the largest |net(x) − g(x)| over the
// centres of an M×M grid of cells of [0, 1]². It panics if net or g is
// nil, M < 1 or M > 4096, or as Predict does.
func SquareErrors(net *mlp.Network, g func(x1, x2 float64) float64, M int) (mean, largest float64) {
	if net == nil || g == nil {
		panicf("SquareErrors needs a network and a function (got nil)")
	}
	if M < 1 || M > 1<<12 {
		panicf("SquareErrors on a %d×%d grid, want 1 ≤ M ≤ 4096", M, M)
	}
	X := mat.NewDense(M*M, 2, nil)
	for a := range M {
		for b := range M {
			X.Set(a*M+b, 0, (float64(a)+0.5)/float64(M))
			X.Set(a*M+b, 1, (float64(b)+0.5)/float64(M))
		}
	}
	Y := net.Predict(X)
	for r := range M * M {
		e := math.Abs(Y.At(r, 0) - g(X.At(r, 0), X.At(r, 1)))
		mean += e / float64(M*M)
		largest = max(largest, e)
	}
	return mean, largest
}
