// Package minibatch holds the graded tests of exercises/minibatch.
package minibatch

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the functions a student writes.
type Impl struct {
	Shuffle func(n int, seed uint64) []int
	Batches func(idx []int, B int) [][]int
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "minibatch", Tests: []grading.Test[Impl]{
	grading.New("Shuffle_permutation", permPlan, askShuffle, judgePerm),
	grading.New("Shuffle_seeded", seededPlan, askShuffle, judgeSeeded),
	grading.New("Batches_sizes", sizesPlan, askBatches, judgeSizes),
	grading.New("Batches_cover_in_order", coverPlan, askBatches, judgeCover),
}}

// shuffleCall is Shuffle(n, seed) for each seed.
type shuffleCall struct {
	N     int
	Seeds []uint64
}

func (c shuffleCall) String() string {
	if len(c.Seeds) == 1 {
		return fmt.Sprintf("Shuffle(%d, %d)", c.N, c.Seeds[0])
	}
	return fmt.Sprintf("Shuffle(%d, seed) for %d seeds", c.N, len(c.Seeds))
}

func askShuffle(impl Impl, c shuffleCall) [][]int {
	out := make([][]int, len(c.Seeds))
	for i, s := range c.Seeds {
		out[i] = slices.Clone(impl.Shuffle(c.N, s))
	}
	return out
}

func isPerm(p []int, n int) bool {
	if len(p) != n {
		return false
	}
	s := slices.Clone(p)
	slices.Sort(s)
	for i, v := range s {
		if v != i {
			return false
		}
	}
	return true
}

func permPlan(r *rand.Rand) []shuffleCall {
	var calls []shuffleCall
	for _, n := range []int{0, 1, 2, 7, 100, 1 + r.IntN(500)} {
		calls = append(calls, shuffleCall{n, []uint64{r.Uint64()}})
	}
	return calls
}

func judgePerm(v *grading.Verdict, calls []shuffleCall, got, want [][][]int) {
	for i, c := range calls {
		if len(got[i]) != 1 || !isPerm(got[i][0], c.N) {
			v.Errorf("%s = %v is not a permutation of 0 … %d", c, got[i], c.N-1)
		}
	}
}

// uniformity: Shuffle(3, ·) over this many seeds; each of the 6 orders
// should come 1/6 of the time.
const (
	uniformSeeds = 12000
	// chi2Limit: a fair shuffle exceeds it with probability 1.5e-8
	// (χ² with 5 degrees of freedom); swapping each i with a j drawn from
	// all n (orders of probability 4/27 and 5/27) gives about 150.
	chi2Limit = 45
)

func seededPlan(r *rand.Rand) []shuffleCall {
	s := r.Uint64()
	seeds := make([]uint64, uniformSeeds)
	for i := range seeds {
		seeds[i] = r.Uint64()
	}
	return []shuffleCall{
		{50, []uint64{s, s, s + 1}},
		{3, seeds},
	}
}

func judgeSeeded(v *grading.Verdict, calls []shuffleCall, got, want [][][]int) {
	c, p := calls[0], got[0]
	if len(p) != 3 || !isPerm(p[0], 50) || !isPerm(p[1], 50) || !isPerm(p[2], 50) {
		v.Errorf("Shuffle(50, seed) does not return permutations of 0 … 49")
		return
	}
	if !slices.Equal(p[0], p[1]) {
		v.Errorf("Shuffle(50, %d) twice gave two orders: seed the generator with the seed", c.Seeds[0])
	}
	if slices.Equal(p[0], p[2]) {
		v.Errorf("Shuffle(50, %d) and Shuffle(50, %d) are the same order: use the seed", c.Seeds[0], c.Seeds[2])
	}
	moved := 0
	for i, x := range p[0] {
		if x != i {
			moved++
		}
	}
	if moved < 25 {
		v.Errorf("Shuffle(50, %d) left %d of 50 in place: that is not shuffled", c.Seeds[0], 50-moved)
	}
	count := map[[3]int]int{}
	for _, q := range got[1] {
		if !isPerm(q, 3) {
			v.Errorf("Shuffle(3, seed) = %v is not a permutation of 0, 1, 2", q)
			return
		}
		count[[3]int{q[0], q[1], q[2]}]++
	}
	expect := float64(len(got[1])) / 6
	chi2 := 0.0
	for _, q := range [][3]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		d := float64(count[q]) - expect
		chi2 += d * d / expect
	}
	if !(chi2 <= chi2Limit) {
		v.Errorf("over %d seeds Shuffle(3, seed) gives the 6 orders %v times, not 1/6 each (χ² = %.1f > %d): every order must be equally likely (Fisher–Yates: swap i with a j from 0 … i)", len(got[1]), counts(count), chi2, chi2Limit)
	}
}

func counts(c map[[3]int]int) []int {
	var out []int
	for _, q := range [][3]int{{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}} {
		out = append(out, c[q])
	}
	return out
}

// batchesCall is Batches(idx, B).
type batchesCall struct {
	Idx []int
	B   int
}

func (c batchesCall) String() string {
	return fmt.Sprintf("Batches(%d indices, B = %d)", len(c.Idx), c.B)
}

func askBatches(impl Impl, c batchesCall) [][]int {
	var out [][]int
	for _, b := range impl.Batches(slices.Clone(c.Idx), c.B) {
		out = append(out, slices.Clone(b))
	}
	return out
}

func iota(n int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	return idx
}

func sizesPlan(r *rand.Rand) []batchesCall {
	calls := []batchesCall{{iota(10), 3}, {iota(10), 5}, {iota(10), 10}, {iota(10), 20}, {iota(10), 1}}
	for range 10 {
		calls = append(calls, batchesCall{r.Perm(1 + r.IntN(40)), 1 + r.IntN(12)})
	}
	return calls
}

// sizes is the test's own list of batch sizes: B each, the rest last.
func sizes(n, B int) []int {
	var out []int
	for start := 0; start < n; start += B {
		out = append(out, min(B, n-start))
	}
	return out
}

func judgeSizes(v *grading.Verdict, calls []batchesCall, got, want [][][]int) {
	for i, c := range calls {
		var have []int
		for _, b := range got[i] {
			have = append(have, len(b))
		}
		if w := sizes(len(c.Idx), c.B); !slices.Equal(have, w) {
			v.Errorf("%s has sizes %v, want %v", c, have, w)
		}
	}
}

func coverPlan(r *rand.Rand) []batchesCall {
	calls := []batchesCall{{[]int{9, 3, 7, 1, 0, 4, 8}, 3}}
	for range 10 {
		calls = append(calls, batchesCall{r.Perm(1 + r.IntN(40)), 1 + r.IntN(12)})
	}
	return calls
}

func judgeCover(v *grading.Verdict, calls []batchesCall, got, want [][][]int) {
	for i, c := range calls {
		var all []int
		for _, b := range got[i] {
			all = append(all, b...)
		}
		if !slices.Equal(all, c.Idx) {
			v.Errorf("the batches of %v, put end to end, are %v: keep every index once, in order", c.Idx, all)
		}
	}
}
