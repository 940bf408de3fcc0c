package lab

import (
	"math/rand/v2"

	"gomlp.dev/mlp"
)

// RandomLabels returns d with every label replaced by a class drawn
// uniformly from 0 … k−1 by a generator seeded with seed: the inputs are
// d's (shared, not copied), the labels pure noise. It panics if d has no
// examples, k < 2, or k > mlp.MaxClasses.
func RandomLabels(d *mlp.Dataset, k int, seed uint64) *mlp.Dataset {
	if d == nil || d.X == nil {
		panicf("RandomLabels of an empty data set")
	}
	if k < 2 {
		panicf("RandomLabels with %d classes, want at least 2", k)
	}
	n, _ := d.X.Dims()
	rng := rand.New(rand.NewPCG(seed, 0x6c61626c)) // "labl"
	labels := make([]int, n)
	for i := range labels {
		labels[i] = rng.IntN(k)
	}
	return &mlp.Dataset{X: d.X, Y: mlp.OneHot(labels, k), Labels: labels}
}
