package gd

import (
	"testing"

	cases "gomlp.dev/internal/cases/gd"
	ref "gomlp.dev/solutions/gd"
)

// TestGrade runs the graded tests of this exercise (internal/cases/gd):
// your functions and the reference solution answer the same calls, in this
// process, and the tests judge your answers (hand values, properties, and
// the reference's answers to random inputs). `go run ./cmd/grade` scores
// them the way the teacher's grader does.
func TestGrade(t *testing.T) {
	cases.Run(t,
		cases.Impl{Step: Step, Descend: Descend},
		cases.Impl{Step: ref.Step, Descend: ref.Descend})
}
