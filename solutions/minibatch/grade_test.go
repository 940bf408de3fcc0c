package minibatch

import (
	"testing"

	cases "gomlp.dev/internal/cases/minibatch"
)

// TestGrade runs the graded tests of this exercise (internal/cases/minibatch).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{Shuffle: Shuffle, Batches: Batches}
	cases.Run(t, impl, impl)
}
