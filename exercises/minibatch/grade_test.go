package minibatch

import (
	"testing"

	cases "gomlp.dev/internal/cases/minibatch"
	ref "gomlp.dev/solutions/minibatch"
)

// TestGrade runs the graded tests of this exercise (internal/cases/minibatch):
// your functions and the reference solution answer the same calls, in this
// process, and the tests judge your answers (hand values, properties, and
// the reference's answers to random inputs). `go run ./cmd/grade` scores
// them the way the teacher's grader does.
func TestGrade(t *testing.T) {
	cases.Run(t,
		cases.Impl{Shuffle: Shuffle, Batches: Batches},
		cases.Impl{Shuffle: ref.Shuffle, Batches: ref.Batches})
}
