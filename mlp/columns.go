package mlp

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// Column returns column k of M (N×K) as a new N×1 matrix: the targets of
// label k of a multi-label set, or output k of a network. It is an error if
// M is nil or empty, or k is outside 0…K−1.
func Column(M mat.Matrix, k int) (*mat.Dense, error) {
	n, err := columnCheck(M, k)
	if err != nil {
		return nil, err
	}
	c := mat.NewDense(n, 1, nil)
	for i := range n {
		c.Set(i, 0, M.At(i, k))
	}
	return c, nil
}

// LabelColumn returns column k of the multi-label targets Y (N×K, 0/1) as
// class indices, 1 where example i has label k and 0 where not: the labels
// a scatter of label k colours by. It is an error if Y is nil or empty, k is
// outside 0…K−1, or the column holds a value other than 0 and 1.
func LabelColumn(Y mat.Matrix, k int) ([]int, error) {
	n, err := columnCheck(Y, k)
	if err != nil {
		return nil, err
	}
	l := make([]int, n)
	for i := range n {
		switch v := Y.At(i, k); v {
		case 0, 1:
			l[i] = int(v)
		default:
			return nil, fmt.Errorf("mlp: label column %d holds %v at row %d, want 0 or 1", k, v, i)
		}
	}
	return l, nil
}

// LabelCounts returns, for each example i of the multi-label targets Y
// (N×K, 0/1), how many labels it has, Σₖ Y[i,k] (0 … K). It is an error if
// Y is nil or empty or holds a value other than 0 and 1.
func LabelCounts(Y mat.Matrix) ([]int, error) {
	if _, err := columnCheck(Y, 0); err != nil {
		return nil, err
	}
	n, K := Y.Dims()
	counts := make([]int, n)
	for k := range K {
		l, err := LabelColumn(Y, k)
		if err != nil {
			return nil, err
		}
		for i, v := range l {
			counts[i] += v
		}
	}
	return counts, nil
}

// columnCheck returns the number of rows of M, or an error unless M is a
// non-empty matrix with a column k.
func columnCheck(M mat.Matrix, k int) (int, error) {
	if M == nil {
		return 0, fmt.Errorf("mlp: nil matrix")
	}
	n, K := M.Dims()
	if n == 0 || K == 0 {
		return 0, fmt.Errorf("mlp: empty %d×%d matrix", n, K)
	}
	if k < 0 || k >= K {
		return 0, fmt.Errorf("mlp: column %d out of range 0…%d", k, K-1)
	}
	return n, nil
}
