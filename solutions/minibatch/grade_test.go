package minibatch

import (
	"testing"

	cases "gomlp.dev/internal/cases/minibatch"
)

// TestGrade runs the graded tests of this exercise (internal/cases/minibatch).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{Shuffle: Shuffle, Batches: Batches})
}
