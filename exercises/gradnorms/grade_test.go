package gradnorms

import (
	"testing"

	cases "gomlp.dev/internal/cases/gradnorms"
	ref "gomlp.dev/solutions/gradnorms"
)

// TestGrade runs the graded tests of this exercise (internal/cases/gradnorms):
// your functions and the reference solution answer the same calls, in this
// process, and the tests judge your answers (hand values, properties, and
// the reference's answers to random inputs). `go run ./cmd/grade` scores
// them the way the teacher's grader does.
func TestGrade(t *testing.T) {
	cases.Run(t,
		cases.Impl{Norms: Norms, Speeds: Speeds},
		cases.Impl{Norms: ref.Norms, Speeds: ref.Speeds})
}
