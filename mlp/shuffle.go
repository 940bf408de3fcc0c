package mlp

import (
	"math/rand/v2"
	"slices"
)

// Shuffler hands out the orders in which Train visits the N examples when
// it trains on mini-batches (B < N), epoch by epoch. Each epoch shuffles
// the previous epoch's order (rand.Shuffle, a Fisher–Yates shuffle) with a
// PCG generator seeded by Settings.Seed, and Train cuts the order into
// consecutive mini-batches of B examples:
//
//	πₑ = shuffle(πₑ₋₁),  π₀ = (0, 1, …, N−1),
//	batch j of epoch e = the examples πₑ[jB], …, πₑ[min((j+1)B, N) − 1].
//
// A Shuffler made with Train's seed gives exactly Train's orders, so SGD
// written by hand can visit the same batches. (With B = N Train does not
// shuffle: the one batch is the data in order.)
type Shuffler struct {
	rng  *rand.Rand
	perm []int
}

// NewShuffler returns the Shuffler of N examples and the seed of
// Settings.Seed. It panics if N < 1.
func NewShuffler(N int, seed uint64) *Shuffler {
	if N < 1 {
		panicf("NewShuffler of N = %d examples, want N ≥ 1", N)
	}
	perm := make([]int, N)
	for i := range perm {
		perm[i] = i
	}
	return &Shuffler{rng: rand.New(rand.NewPCG(seed, shuffleSeedStream)), perm: perm}
}

// Next returns the order of the next epoch: a permutation of 0 … N−1, a
// new slice at every call.
func (s *Shuffler) Next() []int { return slices.Clone(s.next()) }

// next shuffles and returns the Shuffler's own order (Train reads it only
// until the following call).
func (s *Shuffler) next() []int {
	s.rng.Shuffle(len(s.perm), func(i, j int) { s.perm[i], s.perm[j] = s.perm[j], s.perm[i] })
	return s.perm
}
