package sigmoid

import (
	"testing"

	cases "gomlp.dev/internal/cases/sigmoid"
	ref "gomlp.dev/solutions/sigmoid"
)

// TestGrade runs the graded tests of this exercise (internal/cases/sigmoid):
// your functions and the reference solution answer the same calls, in this
// process, and the tests judge your answers (hand values, properties, and
// the reference's answers to random inputs). `go run ./cmd/grade` scores
// them the way the teacher's grader does.
func TestGrade(t *testing.T) {
	cases.Run(t,
		cases.Impl{Sigmoid: Sigmoid, ECB: ECB, GradZ: GradZ},
		cases.Impl{Sigmoid: ref.Sigmoid, ECB: ref.ECB, GradZ: ref.GradZ})
}
