package data

import (
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// SelectColumns returns a new data set whose inputs are the columns cols of
// d.X, in that order (copied), with d's targets, labels and class names:
// e.g. Iris's petal length and width, SelectColumns(iris, 2, 3). It
// panics if d is not a valid data set, cols is empty, a column is outside
// 0…d−1 or is listed twice (so the new X is never larger than d.X).
func SelectColumns(d *mlp.Dataset, cols ...int) *mlp.Dataset {
	const fn = "SelectColumns"
	checkDataset(fn, d)
	if len(cols) == 0 {
		fail(fn, "no columns")
	}
	n, dx := d.X.Dims()
	seen := make([]bool, dx)
	for _, c := range cols {
		if c < 0 || c >= dx {
			fail(fn, "column %d out of range 0…%d", c, dx-1)
		}
		if seen[c] {
			fail(fn, "column %d listed twice", c)
		}
		seen[c] = true
	}
	X := mat.NewDense(n, len(cols), nil)
	for i := range n {
		row := d.X.RawRowView(i)
		for j, c := range cols {
			X.Set(i, j, row[c])
		}
	}
	out := &mlp.Dataset{X: X, Y: mat.DenseCopyOf(d.Y), ClassNames: d.ClassNames}
	if d.Labels != nil {
		out.Labels = append([]int(nil), d.Labels...)
	}
	return out
}
