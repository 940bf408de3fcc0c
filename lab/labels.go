package lab

import (
	"fmt"
	"math/rand/v2"

	"gomlp.dev/mlp"
)

// RandomLabels returns d with every label replaced by a class drawn
// uniformly from 0 … k−1 by a generator seeded with seed: the inputs are
// d's (shared, not copied), the labels pure noise. It is an error if d has
// no examples or k < 2.
func RandomLabels(d *mlp.Dataset, k int, seed uint64) (*mlp.Dataset, error) {
	if d == nil || d.X == nil {
		return nil, fmt.Errorf("lab: RandomLabels of an empty data set")
	}
	if k < 2 {
		return nil, fmt.Errorf("lab: RandomLabels with %d classes, want at least 2", k)
	}
	n, _ := d.X.Dims()
	rng := rand.New(rand.NewPCG(seed, 0x6c61626c)) // "labl"
	labels := make([]int, n)
	for i := range labels {
		labels[i] = rng.IntN(k)
	}
	Y, err := mlp.OneHot(labels, k)
	if err != nil {
		return nil, err
	}
	return &mlp.Dataset{X: d.X, Y: Y, Labels: labels}, nil
}
