package gd

import (
	"testing"

	cases "gomlp.dev/internal/cases/gd"
)

// TestGrade runs the graded tests of this exercise (internal/cases/gd).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{Step: Step, Descend: Descend})
}
