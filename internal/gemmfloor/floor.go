// Package gemmfloor measures the yardstick that mlp's training speed is
// judged against: the matrix products of one SGD step, done by gonum's Gemm,
// timed in the same process as the training itself. A ratio of two times
// measured side by side holds on a machine of any speed and under any load
// that slows both alike, where a time in seconds does not.
package gemmfloor

import (
	"math/rand/v2"
	"time"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// Step holds the matrices of one SGD step of a dense network on a batch.
type Step struct {
	a, z, d []*mat.Dense // A{l-1} (A[0] = X), Z{l}, Δ{l}, l = 1 … L
	dp      []*mat.Dense // Δ{l}·W{l}, the next δ (before ⊙ φ′), B × n_{l-1}
	wt, gt  []*mat.Dense // W{l}ᵀ and (∂L/∂W{l})ᵀ, n_{l-1} × n_l
}

// NewStep returns the step of a network of the given sizes [n_0, …, n_L]
// on the batch X (B × n_0). The weights, the hidden layers' outputs and the
// δs are random numbers in (0, 1) (none is 0), so the only zeros that Gemm
// can skip are X's, as in training.
func NewStep(sizes []int, X *mat.Dense) *Step {
	rng := rand.New(rand.NewPCG(1, 1))
	fill := func(r, c int) *mat.Dense {
		m := mat.NewDense(r, c, nil)
		for i := range m.RawMatrix().Data {
			m.RawMatrix().Data[i] = rng.Float64() + 1e-3
		}
		return m
	}
	B, _ := X.Dims()
	s := &Step{}
	for l := 1; l < len(sizes); l++ {
		if l == 1 {
			s.a = append(s.a, X)
		} else {
			s.a = append(s.a, fill(B, sizes[l-1]))
		}
		s.z = append(s.z, mat.NewDense(B, sizes[l], nil))
		s.dp = append(s.dp, mat.NewDense(B, sizes[l-1], nil))
		s.d = append(s.d, fill(B, sizes[l]))
		s.wt = append(s.wt, fill(sizes[l-1], sizes[l]))
		s.gt = append(s.gt, mat.NewDense(sizes[l-1], sizes[l], nil))
	}
	return s
}

// Run computes the products of the step, as backpropagation needs them,
// for l = 1 … L:
//
//	Z{l} = A{l-1}·W{l}ᵀ,   (∂L/∂W{l})ᵀ = A{l-1}ᵀ·Δ{l},   Δ{l-1} = Δ{l}·W{l} (l > 1),
//
// each a blas64.Gemm call (gonum's serial kernels: a product is cut into
// blocks of at most 64 rows, so that Gemm never spreads it over goroutines).
func (s *Step) Run() {
	for l := range s.wt {
		gemm(blas.NoTrans, blas.NoTrans, s.a[l], s.wt[l], s.z[l])
		gemm(blas.Trans, blas.NoTrans, s.a[l], s.d[l], s.gt[l])
		if l > 0 {
			gemm(blas.NoTrans, blas.Trans, s.d[l], s.wt[l], s.dp[l])
		}
	}
}

// gemm sets c = op(a)·op(b), 64 rows of c at a time.
func gemm(ta, tb blas.Transpose, a, b, c *mat.Dense) {
	const rows = 64 // gonum's block size: one block of rows is never split
	am, bm, cm := a.RawMatrix(), b.RawMatrix(), c.RawMatrix()
	for i := 0; i < cm.Rows; i += rows {
		n := min(rows, cm.Rows-i)
		var ai blas64.General
		if ta == blas.Trans { // rows i … i+n of c are columns i … i+n of a
			ai = blas64.General{Rows: am.Rows, Cols: n, Stride: am.Stride, Data: am.Data[i:]}
		} else {
			ai = blas64.General{Rows: n, Cols: am.Cols, Stride: am.Stride, Data: am.Data[i*am.Stride:]}
		}
		ci := blas64.General{Rows: n, Cols: cm.Cols, Stride: cm.Stride, Data: cm.Data[i*cm.Stride:]}
		blas64.Gemm(ta, tb, 1, ai, bm, 0, ci)
	}
}

// Ratio returns the time of work over the time of floor, each the shortest
// of rounds timings, taken in alternation (work, floor, work, …): the
// shortest time is the one least disturbed by other processes, and the
// alternation exposes both to the same conditions. Each call of work or
// floor should take well under a millisecond (a scheduler's time slice).
func Ratio(work, floor func(), rounds int) (ratio float64, w, f time.Duration) {
	w, f = time.Duration(1<<62), time.Duration(1<<62)
	for range rounds {
		w = min(w, timeOf(work))
		f = min(f, timeOf(floor))
	}
	return float64(w) / float64(f), w, f
}

func timeOf(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}
