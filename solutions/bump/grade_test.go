package bump

import (
	"testing"

	cases "gomlp.dev/internal/cases/bump"
)

// TestGrade runs the graded tests of this exercise (internal/cases/bump).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{Bump: Bump, Approx: Approx}
	cases.Run(t, impl, impl)
}
