package bump

import (
	"testing"

	cases "gomlp.dev/internal/cases/bump"
)

// TestGrade runs the graded tests of this exercise (internal/cases/bump).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{Bump: Bump, Approx: Approx})
}
