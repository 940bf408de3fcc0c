package softmax

import (
	"testing"

	cases "gomlp.dev/internal/cases/softmax"
	ref "gomlp.dev/solutions/softmax"
)

// TestGrade runs the graded tests of this exercise (internal/cases/softmax):
// your functions and the reference solution answer the same calls, in this
// process, and the tests judge your answers (hand values, properties, and
// the reference's answers to random inputs). `go run ./cmd/grade` scores
// them the way the teacher's grader does.
func TestGrade(t *testing.T) {
	cases.Run(t,
		cases.Impl{Softmax: Softmax, ECC: ECC, GradZ: GradZ},
		cases.Impl{Softmax: ref.Softmax, ECC: ref.ECC, GradZ: ref.GradZ})
}
