package grading

import (
	"fmt"
	"math/rand/v2"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
)

// Matrix is a matrix as calls and answers carry it (row-major); Nil marks a
// nil matrix in an answer.
type Matrix struct {
	R, C int
	Data []float64
	Nil  bool
}

// M reads any matrix, a nil one (or a nil *mat.Dense) included.
func M(m mat.Matrix) Matrix {
	if m == nil {
		return Matrix{Nil: true}
	}
	if d, ok := m.(*mat.Dense); ok && d == nil {
		return Matrix{Nil: true}
	}
	r, c := m.Dims()
	out := Matrix{R: r, C: c, Data: make([]float64, 0, r*c)}
	for i := range r {
		for j := range c {
			out.Data = append(out.Data, m.At(i, j))
		}
	}
	return out
}

// Ms reads a list of matrices.
func Ms[T mat.Matrix](ms []T) []Matrix {
	out := make([]Matrix, len(ms))
	for i, m := range ms {
		out[i] = M(m)
	}
	return out
}

// Dense is a fresh *mat.Dense copy (nil for a nil Matrix).
func (m Matrix) Dense() *mat.Dense {
	if m.Nil {
		return nil
	}
	if m.R == 0 || m.C == 0 {
		return &mat.Dense{}
	}
	return mat.NewDense(m.R, m.C, Clone(m.Data))
}

// At is the entry (i, j).
func (m Matrix) At(i, j int) float64 { return m.Data[i*m.C+j] }

// Row is row i.
func (m Matrix) Row(i int) []float64 { return m.Data[i*m.C : (i+1)*m.C] }

// Shape is "3×2", or "nil".
func (m Matrix) Shape() string {
	if m.Nil {
		return "nil"
	}
	return fmt.Sprintf("%d×%d", m.R, m.C)
}

// RandMatrix draws an r×c matrix with entries from [lo, hi).
func RandMatrix(r *rand.Rand, rows, cols int, lo, hi float64) Matrix {
	return Matrix{R: rows, C: cols, Data: Uniforms(r, rows*cols, lo, hi)}
}

// Mat checks a matrix: its shape, then each entry (validate.Close); it
// reports the first wrong entry only.
func (v *Verdict) Mat(what string, got, want Matrix, tol float64) bool {
	if got.Nil || got.R != want.R || got.C != want.C || len(got.Data) != len(want.Data) {
		v.Errorf("%s is %s, want %s", what, got.Shape(), want.Shape())
		return false
	}
	for i := range want.R {
		for j := range want.C {
			if !validate.Close(got.At(i, j), want.At(i, j), tol) {
				v.Errorf("%s[%d][%d] = %s, want %s (tolerance %.1g)", what, i, j, F(got.At(i, j)), F(want.At(i, j)), tol)
				return false
			}
		}
	}
	return true
}
