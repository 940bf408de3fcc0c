// Package minibatch shuffles the examples and splits them into mini-batches,
// as SGD does each epoch (notebook 09).
package minibatch

import "math/rand/v2"

// Shuffle returns a random permutation of 0 … n−1, the same for the same
// seed: rand.New(rand.NewPCG(seed, seed)) and a Fisher–Yates shuffle.
func Shuffle(n int, seed uint64) []int {
	// BEGIN SOLUTION
	rng := rand.New(rand.NewPCG(seed, seed))
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j := rng.IntN(i + 1)
		idx[i], idx[j] = idx[j], idx[i]
	}
	return idx
	// END SOLUTION
}

// Batches splits idx, in order, into mini-batches of size B; the last one
// holds what is left (fewer than B when B does not divide len(idx)).
func Batches(idx []int, B int) [][]int {
	// BEGIN SOLUTION
	var out [][]int
	for start := 0; start < len(idx); start += B {
		end := min(start+B, len(idx))
		out = append(out, idx[start:end])
	}
	return out
	// END SOLUTION
}
