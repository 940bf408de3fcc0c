package gradnorms

import (
	"testing"

	cases "gomlp.dev/internal/cases/gradnorms"
)

// TestGrade runs the graded tests of this exercise (internal/cases/gradnorms).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{Norms: Norms, Speeds: Speeds})
}
