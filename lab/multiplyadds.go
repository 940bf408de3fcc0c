package lab

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
)

// CountMultiplyAdds runs f and returns the multiply-adds of the matrix
// products it made through gonum's BLAS (package blas64, which mat and mlp
// use for every product):
//
//	Gemm  C = A·B, A m×k, B k×n:  m·n·k
//	Gemv  y = A·x, A m×n:         m·n
//	Ger   A += x·yᵀ, A m×n:       m·n
//
// It measures the work of a forward or backward pass, or of a numerical
// gradient, by counting, not by timing: element-wise work (adding biases,
// activations) is not counted; it is one operation per unit and example,
// against n_{l-1} multiply-adds per unit and example in the products.
//
// For the time of f, CountMultiplyAdds replaces blas64's implementation with
// a counting wrapper around it, and puts it back when f returns (or panics).
// It is not safe to call while another goroutine uses BLAS.
func CountMultiplyAdds(f func()) int64 {
	impl := blas64.Implementation()
	c := &counter{Float64: impl}
	blas64.Use(c)
	defer blas64.Use(impl)
	f()
	return c.n
}

// counter is a blas.Float64 that counts the multiply-adds of Gemm, Gemv and
// Ger and passes every call on to the implementation it wraps.
type counter struct {
	blas.Float64
	n int64
}

func (c *counter) Dgemm(tA, tB blas.Transpose, m, n, k int, alpha float64, a []float64, lda int,
	b []float64, ldb int, beta float64, cm []float64, ldc int) {
	c.n += int64(m) * int64(n) * int64(k)
	c.Float64.Dgemm(tA, tB, m, n, k, alpha, a, lda, b, ldb, beta, cm, ldc)
}

func (c *counter) Dgemv(tA blas.Transpose, m, n int, alpha float64, a []float64, lda int,
	x []float64, incX int, beta float64, y []float64, incY int) {
	c.n += int64(m) * int64(n)
	c.Float64.Dgemv(tA, m, n, alpha, a, lda, x, incX, beta, y, incY)
}

func (c *counter) Dger(m, n int, alpha float64, x []float64, incX int, y []float64, incY int,
	a []float64, lda int) {
	c.n += int64(m) * int64(n)
	c.Float64.Dger(m, n, alpha, x, incX, y, incY, a, lda)
}
