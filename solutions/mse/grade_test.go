package mse

import (
	"testing"

	cases "gomlp.dev/internal/cases/mse"
)

// TestGrade runs the graded tests of this exercise (internal/cases/mse).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{ECM: ECM, Gradient: Gradient})
}
