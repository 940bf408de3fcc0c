package xor

import (
	"testing"

	cases "gomlp.dev/internal/cases/xor"
	ref "gomlp.dev/solutions/xor"
)

// TestGrade runs the graded tests of this exercise (internal/cases/xor):
// your functions and the reference solution answer the same calls, in this
// process, and the tests judge your answers (hand values, properties, and
// the reference's answers to random inputs). `go run ./cmd/grade` scores
// them the way the teacher's grader does.
func TestGrade(t *testing.T) {
	cases.Run(t,
		cases.Impl{Weights: Weights, XOR: XOR},
		cases.Impl{Weights: ref.Weights, XOR: ref.XOR})
}
