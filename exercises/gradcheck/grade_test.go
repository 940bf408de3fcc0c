package gradcheck

import (
	"testing"

	cases "gomlp.dev/internal/cases/gradcheck"
	ref "gomlp.dev/solutions/gradcheck"
)

// TestGrade runs the graded tests of this exercise (internal/cases/gradcheck):
// your functions and the reference solution answer the same calls, in this
// process, and the tests judge your answers (hand values, properties, and
// the reference's answers to random inputs). `go run ./cmd/grade` scores
// them the way the teacher's grader does.
func TestGrade(t *testing.T) {
	cases.Run(t,
		cases.Impl{CentralDiff: CentralDiff, RelError: RelError},
		cases.Impl{CentralDiff: ref.CentralDiff, RelError: ref.RelError})
}
