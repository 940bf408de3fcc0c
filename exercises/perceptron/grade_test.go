package perceptron

import (
	"testing"

	cases "gomlp.dev/internal/cases/perceptron"
	ref "gomlp.dev/solutions/perceptron"
)

// TestGrade runs the graded tests of this exercise (internal/cases/perceptron):
// your functions and the reference solution answer the same calls, in this
// process, and the tests judge your answers (hand values, properties, and
// the reference's answers to random inputs). `go run ./cmd/grade` scores
// them the way the teacher's grader does.
func TestGrade(t *testing.T) {
	cases.Run(t,
		cases.Impl{Update: Update, Epoch: Epoch},
		cases.Impl{Update: ref.Update, Epoch: ref.Epoch})
}
