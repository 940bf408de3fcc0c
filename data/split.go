package data

import (
	"math"
	"math/rand/v2"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// Split shuffles the examples of d (seeded) and divides them into a training
// set and a validation set holding round(fraction·N) examples:
//
//	N_val = round(fraction·N),   N_train = N − N_val.
//
// Both sets keep d's ClassNames; the inputs are copied. It panics if d is
// nil, empty or inconsistent (rows of X, Y and Labels), or if fraction is
// not in (0, 1) or leaves either set empty.
func Split(d *mlp.Dataset, fraction float64, seed uint64) (train, val *mlp.Dataset) {
	const fn = "Split"
	checkDataset(fn, d)
	if !(fraction > 0 && fraction < 1) {
		fail(fn, "validation fraction = %v, want a value in (0, 1)", fraction)
	}
	n, _ := d.X.Dims()
	nVal := int(math.Round(fraction * float64(n)))
	if nVal == 0 || nVal == n {
		fail(fn, "validation fraction %v of %d examples leaves a set empty", fraction, n)
	}
	perm := rand.New(rand.NewPCG(seed, 0x5b1)).Perm(n) // 0x5b1: any fixed second word
	return selectRows(d, perm[nVal:]), selectRows(d, perm[:nVal])
}

// Subset returns the first n examples of d, a smaller set for quick
// experiments (MNIST's files are already in random order). It panics if
// n < 1 or n > N.
func Subset(d *mlp.Dataset, n int) *mlp.Dataset {
	checkDataset("Subset", d)
	if N, _ := d.X.Dims(); n < 1 || n > N {
		fail("Subset", "subset of %d examples from a set of %d, want 1 … %d", n, N, N)
	}
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	return selectRows(d, idx)
}

// SelectRows returns a new data set made of the examples of d at the given
// row indices, in that order (copied). It panics if idx is empty or an
// index is outside 0…N−1.
func SelectRows(d *mlp.Dataset, idx []int) *mlp.Dataset {
	const fn = "SelectRows"
	checkDataset(fn, d)
	if len(idx) == 0 {
		fail(fn, "no indices")
	}
	n, _ := d.X.Dims()
	for _, i := range idx {
		if i < 0 || i >= n {
			fail(fn, "row index %d out of range 0…%d", i, n-1)
		}
	}
	return selectRows(d, idx)
}

// selectRows copies the rows idx of a valid data set (indices in range).
func selectRows(d *mlp.Dataset, idx []int) *mlp.Dataset {
	_, dx := d.X.Dims()
	_, dy := d.Y.Dims()
	out := &mlp.Dataset{
		X:          mat.NewDense(len(idx), dx, nil),
		Y:          mat.NewDense(len(idx), dy, nil),
		ClassNames: d.ClassNames,
	}
	if d.Labels != nil {
		out.Labels = make([]int, len(idx))
	}
	for r, i := range idx {
		out.X.SetRow(r, mat.Row(nil, i, d.X))
		out.Y.SetRow(r, mat.Row(nil, i, d.Y))
		if d.Labels != nil {
			out.Labels[r] = d.Labels[i]
		}
	}
	return out
}
