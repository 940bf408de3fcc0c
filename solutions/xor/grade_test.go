package xor

import (
	"testing"

	cases "gomlp.dev/internal/cases/xor"
)

// TestGrade runs the graded tests of this exercise (internal/cases/xor).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{Weights: Weights, XOR: XOR})
}
