package lab

import (
	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
)

// Column returns column k of M (N×K) as a new N×1 matrix: the targets of
// label k of a multi-label set, or output k of a network. It panics if M
// is nil or empty, or k is outside 0…K−1.
func Column(M mat.Matrix, k int) *mat.Dense {
	n := columnCheck("Column", M, k)
	return mat.NewDense(n, 1, mat.Col(nil, k, M))
}

// LabelColumn returns column k of the multi-label targets Y (N×K, 0/1) as
// class indices, 1 where example i has label k and 0 where not: the labels
// a scatter of label k colours by. It panics if Y is nil or empty, k is
// outside 0…K−1, or the column holds a value other than 0 and 1.
func LabelColumn(Y mat.Matrix, k int) []int { return labelColumn("LabelColumn", Y, k) }

// labelColumn is LabelColumn; fn names the exported function called.
func labelColumn(fn string, Y mat.Matrix, k int) []int {
	n := columnCheck(fn, Y, k)
	l := make([]int, n)
	for i := range n {
		switch v := Y.At(i, k); v {
		case 0, 1:
			l[i] = int(v)
		default:
			panicf("%s: label column %d holds %v at row %d, want 0 or 1", fn, k, v, i)
		}
	}
	return l
}

// LabelCounts returns, for each example i of the multi-label targets Y
// (N×K, 0/1), how many labels it has, Σₖ Y[i,k] (0 … K). It panics if Y is
// nil or empty or holds a value other than 0 and 1.
func LabelCounts(Y mat.Matrix) []int {
	n := columnCheck("LabelCounts", Y, 0)
	_, K := Y.Dims()
	counts := make([]int, n)
	for k := range K {
		for i, v := range labelColumn("LabelCounts", Y, k) {
			counts[i] += v
		}
	}
	return counts
}

// columnCheck returns the number of rows of M, or panics unless M is a
// non-empty matrix with a column k.
func columnCheck(fn string, M mat.Matrix, k int) int {
	if validate.Nil(M) {
		panicf("%s: nil matrix", fn)
	}
	n, K := M.Dims()
	if validate.Empty(M) {
		panicf("%s: empty %s matrix", fn, validate.Dims(n, K))
	}
	if k < 0 || k >= K {
		panicf("%s: column %d out of range 0…%d", fn, k, K-1)
	}
	return n
}
