package bump

import (
	"testing"

	cases "gomlp.dev/internal/cases/bump"
	ref "gomlp.dev/solutions/bump"
)

// TestGrade runs the graded tests of this exercise (internal/cases/bump):
// your functions and the reference solution answer the same calls, in this
// process, and the tests judge your answers (hand values, properties, and
// the reference's answers to random inputs). `go run ./cmd/grade` scores
// them the way the teacher's grader does.
func TestGrade(t *testing.T) {
	cases.Run(t,
		cases.Impl{Bump: Bump, Approx: Approx},
		cases.Impl{Bump: ref.Bump, Approx: ref.Approx})
}
