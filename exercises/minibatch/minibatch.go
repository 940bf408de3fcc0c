// Package minibatch shuffles the examples and splits them into mini-batches,
// as SGD does each epoch (notebook 09).
package minibatch

// Shuffle returns a random permutation of 0 … n−1, the same for the same
// seed: rand.New(rand.NewPCG(seed, seed)) and a Fisher–Yates shuffle.
func Shuffle(n int, seed uint64) []int {
	panic("not implemented: Shuffle")
}

// Batches splits idx, in order, into mini-batches of size B; the last one
// holds what is left (fewer than B when B does not divide len(idx)).
func Batches(idx []int, B int) [][]int {
	panic("not implemented: Batches")
}
