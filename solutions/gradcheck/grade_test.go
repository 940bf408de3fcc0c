package gradcheck

import (
	"testing"

	cases "gomlp.dev/internal/cases/gradcheck"
)

// TestGrade runs the graded tests of this exercise (internal/cases/gradcheck).
// The reference is this package itself: here the tests check the hand
// values and the properties they compute on their own.
func TestGrade(t *testing.T) {
	impl := cases.Impl{CentralDiff: CentralDiff, RelError: RelError}
	cases.Run(t, impl, impl)
}
