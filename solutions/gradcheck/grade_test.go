package gradcheck

import (
	"testing"

	cases "gomlp.dev/internal/cases/gradcheck"
)

// TestGrade runs the graded tests of this exercise (internal/cases/gradcheck).
func TestGrade(t *testing.T) {
	cases.Run(t, cases.Impl{CentralDiff: CentralDiff, RelError: RelError})
}
