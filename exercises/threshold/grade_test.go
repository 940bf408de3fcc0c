package threshold

import (
	"testing"

	cases "gomlp.dev/internal/cases/threshold"
	ref "gomlp.dev/solutions/threshold"
)

// TestGrade runs the graded tests of this exercise (internal/cases/threshold):
// your functions and the reference solution answer the same calls, in this
// process, and the tests judge your answers (hand values, properties, and
// the reference's answers to random inputs). `go run ./cmd/grade` scores
// them the way the teacher's grader does.
func TestGrade(t *testing.T) {
	cases.Run(t,
		cases.Impl{Z: Z, Unit: Unit, BoundaryX2: BoundaryX2},
		cases.Impl{Z: ref.Z, Unit: ref.Unit, BoundaryX2: ref.BoundaryX2})
}
