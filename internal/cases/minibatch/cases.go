// Package minibatch holds the graded tests of exercises/minibatch.
package minibatch

import (
	"slices"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	Shuffle func(n int, seed uint64) []int
	Batches func(idx []int, B int) [][]int
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "minibatch", Tests(impl)) }

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

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	return []grading.Test{
		{Name: "Shuffle_permutation", Run: func(c *grading.C) {
			for _, n := range []int{0, 1, 7, 100} {
				if p := impl.Shuffle(n, 3); !isPerm(p, n) {
					c.Errorf("Shuffle(%d, 3) = %v is not a permutation of 0 … %d", n, p, n-1)
				}
			}
		}},
		{Name: "Shuffle_seeded", Run: func(c *grading.C) {
			a, b := impl.Shuffle(50, 7), impl.Shuffle(50, 7)
			if !slices.Equal(a, b) {
				c.Errorf("Shuffle(50, 7) twice gave two orders: seed the generator with the seed")
			}
			if slices.Equal(a, impl.Shuffle(50, 8)) {
				c.Errorf("Shuffle(50, 7) and Shuffle(50, 8) are the same order: use the seed")
			}
			moved := 0
			for i, v := range a {
				if v != i {
					moved++
				}
			}
			if moved < 25 {
				c.Errorf("Shuffle(50, 7) left %d of 50 in place: that is not shuffled", 50-moved)
			}
		}},
		{Name: "Batches_sizes", Run: func(c *grading.C) {
			idx := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
			for _, tc := range []struct {
				B    int
				want []int
			}{{3, []int{3, 3, 3, 1}}, {5, []int{5, 5}}, {10, []int{10}}, {20, []int{10}}, {1, []int{1, 1, 1, 1, 1, 1, 1, 1, 1, 1}}} {
				got := impl.Batches(idx, tc.B)
				var sizes []int
				for _, b := range got {
					sizes = append(sizes, len(b))
				}
				if !slices.Equal(sizes, tc.want) {
					c.Errorf("Batches(10 indices, B = %d) has sizes %v, want %v", tc.B, sizes, tc.want)
				}
			}
		}},
		{Name: "Batches_cover_in_order", Run: func(c *grading.C) {
			idx := []int{9, 3, 7, 1, 0, 4, 8}
			var all []int
			for _, b := range impl.Batches(idx, 3) {
				all = append(all, b...)
			}
			if !slices.Equal(all, idx) {
				c.Errorf("the batches of %v, put end to end, are %v: keep every index once, in order", idx, all)
			}
		}},
	}
}
