package backprop

import (
	"testing"

	cases "gomlp.dev/internal/cases/backprop"
)

// TestGrade runs the graded tests of this exercise (internal/cases/backprop).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{Backward: Backward})
}
